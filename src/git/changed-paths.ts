import { gitOutput } from './run-git.js';

/** How many paths have uncommitted changes, untracked files included. */
export async function countChangedPaths(cwd: string): Promise<number> {
  const output = await gitOutput(['status', '--porcelain', '-z'], { cwd });
  return output.split('\0').filter((entry) => /^[ MADRCU?!]{2} /.test(entry)).length;
}
