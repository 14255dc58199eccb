import { gitOutput } from './run-git.js';

/** `git branch --no-track <branch> <start>`: a new branch, without switching to it. */
export async function createBranch(branch: string, start: string, cwd: string): Promise<void> {
  await gitOutput(['branch', '--no-track', branch, start], { cwd });
}
