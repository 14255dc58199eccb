import { gitOutput } from './run-git.js';

/**
 * How many paths have uncommitted changes, untracked files included, counted as git status shows
 * them: ignored files (node_modules/) not at all, an untracked directory as one path, whatever the
 * user's status.showUntrackedFiles says.
 */
export async function countChangedPaths(cwd: string): Promise<number> {
  const output = await gitOutput(['status', '--porcelain', '-z', '--untracked-files=normal'], { cwd });
  return output.split('\0').filter((entry) => /^[ MADRCU?!]{2} /.test(entry)).length;
}
