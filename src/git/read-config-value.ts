import { runGit } from './run-git.js';

/** One git config value, or undefined when unset. */
export async function readGitConfig(key: string, cwd: string): Promise<string | undefined> {
  const result = await runGit(['config', '--get', key], { cwd });
  const value = result.stdout.replace(/\n$/, '');
  return result.code === 0 && value !== '' ? value : undefined;
}
