import { runGit } from './run-git.js';

/** One git config value, or undefined when unset. */
export async function readGitConfig(key: string, cwd: string): Promise<string | undefined> {
  const result = await runGit(['config', '--get', key], { cwd });
  const value = result.stdout.replace(/\n$/, '');
  return result.code === 0 && value !== '' ? value : undefined;
}

/** Several git config values in one git process, keyed by the lower-case key name; the last value wins. */
export async function readGitConfigs(keys: readonly string[], cwd: string): Promise<Map<string, string>> {
  const pattern = `^(${keys.map((key) => key.toLowerCase().replace(/\./g, '\\.')).join('|')})$`;
  const result = await runGit(['config', '-z', '--get-regexp', pattern], { cwd });
  const values = new Map<string, string>();
  if (result.code !== 0) return values;
  for (const record of result.stdout.split('\0')) {
    const newline = record.indexOf('\n');
    if (newline === -1) continue;
    values.set(record.slice(0, newline).toLowerCase(), record.slice(newline + 1));
  }
  return values;
}
