import { gitOutput, runGit } from './run-git.js';

/** One git config value, or undefined when unset. */
export async function readGitConfig(key: string, cwd: string): Promise<string | undefined> {
  const result = await runGit(['config', '--get', key], { cwd });
  const value = result.stdout.replace(/\n$/, '');
  return result.code === 0 && value !== '' ? value : undefined;
}

/**
 * Several git config values in one git process; the last value wins. Keys come back as asked for,
 * matched the way git matches them: section and name in any case, a subsection (a branch name) exactly.
 */
export async function readGitConfigs(keys: readonly string[], cwd: string): Promise<Map<string, string>> {
  const asked = new Map(keys.map((key) => [canonicalKey(key), key]));
  const pattern = `^(${[...asked.keys()].map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
  const result = await runGit(['config', '-z', '--get-regexp', pattern], { cwd });
  const values = new Map<string, string>();
  if (result.code !== 0) return values;
  for (const record of result.stdout.split('\0')) {
    if (record === '') continue;
    // A key without `=` (`[commit] verbose`, `git -c commit.verbose`) is git's boolean true.
    const newline = record.indexOf('\n');
    const key = asked.get(canonicalKey(newline === -1 ? record : record.slice(0, newline)));
    if (key !== undefined) values.set(key, newline === -1 ? 'true' : record.slice(newline + 1));
  }
  return values;
}

/** git's form of a key: section and name lower case, the subsection as it is. */
function canonicalKey(key: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first === -1) return key.toLowerCase();
  return `${key.slice(0, first).toLowerCase()}${key.slice(first, last)}${key.slice(last).toLowerCase()}`;
}

/** Sets one value in the repository's own git config (.git/config). */
export async function writeGitConfig(key: string, value: string, cwd: string): Promise<void> {
  await gitOutput(['config', '--local', key, value], { cwd });
}

/** Whether `remote` is configured here (it has a URL); it may still be unreachable. */
export async function hasRemote(remote: string, cwd: string): Promise<boolean> {
  return (await readGitConfig(`remote.${remote}.url`, cwd)) !== undefined;
}

/**
 * Makes `<remote>/<branch>` the upstream of `branch` before it exists there, so that a plain
 * `git push` (push.default simple, upstream or current) publishes it under the same name.
 */
export async function setSameNameUpstream(branch: string, remote: string, cwd: string): Promise<void> {
  await writeGitConfig(`branch.${branch}.remote`, remote, cwd);
  await writeGitConfig(`branch.${branch}.merge`, `refs/heads/${branch}`, cwd);
}
