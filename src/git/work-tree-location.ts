import { runGit } from './run-git.js';

/** The root of the working tree holding `cwd`, or undefined outside one (or in a bare repository). */
export async function findTopLevel(cwd: string): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--show-toplevel'], { cwd, isolate: true });
  const top = result.stdout.trim();
  return result.code === 0 && top !== '' ? top : undefined;
}
