import { resolve } from 'node:path';
import { runGit } from './run-git.js';

/** The root of the working tree holding `cwd`, or undefined outside one (or in a bare repository). */
export async function findTopLevel(cwd: string): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--show-toplevel'], { cwd, isolate: true });
  const top = result.stdout.trim();
  return result.code === 0 && top !== '' ? top : undefined;
}

/** Whether `topLevel` is a linked worktree (`git worktree add`): its git directory is not the common one. */
export async function isLinkedWorktree(topLevel: string): Promise<boolean> {
  const result = await runGit(['rev-parse', '--absolute-git-dir', '--git-common-dir'], {
    cwd: topLevel,
    isolate: true,
  });
  if (result.code !== 0) return false;
  const [gitDir = '', commonDir = ''] = result.stdout.split('\n');
  // --git-common-dir may print a path relative to the current directory.
  return resolve(gitDir.trim()) !== resolve(topLevel, commonDir.trim());
}
