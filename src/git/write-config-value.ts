import { gitOutput } from './run-git.js';

/** Sets one value in the repository's own git config (.git/config). */
export async function writeGitConfig(key: string, value: string, cwd: string): Promise<void> {
  await gitOutput(['config', '--local', key, value], { cwd });
}
