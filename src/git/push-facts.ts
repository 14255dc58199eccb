import { runGit } from './run-git.js';

export interface CommitRecord {
  sha: string;
  parents: string[];
  message: string;
}

/**
 * Every commit reachable from `tips` that the remote does not have, in one git process however
 * many commits and refs are pushed. `--ignore-missing` lets remote ids we never fetched pass.
 */
export async function readNewCommits(
  tips: readonly string[],
  remote: string,
  remoteShas: readonly string[],
  cwd: string,
): Promise<CommitRecord[]> {
  if (tips.length === 0) return [];
  const result = await runGit(
    ['log', '-z', '--format=%H %P%n%B', '--no-show-signature', '--ignore-missing', ...tips, '--not', `--remotes=${remote}`, ...remoteShas],
    { cwd },
  );
  if (result.code !== 0) throw new Error(`git log of the pushed commits failed: ${result.stderr.trim()}`);
  return result.stdout
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const newline = record.indexOf('\n');
      const [sha = '', ...parents] = record.slice(0, newline === -1 ? undefined : newline).trim().split(' ');
      return { sha, parents: parents.filter(Boolean), message: newline === -1 ? '' : record.slice(newline + 1) };
    });
}

/** true when `ref` contains `sha`; undefined when `ref` does not exist here. */
export async function containsCommit(ref: string, sha: string, cwd: string): Promise<boolean | undefined> {
  const result = await runGit(['merge-base', '--is-ancestor', sha, ref], { cwd });
  if (result.code === 0) return true;
  if (result.code === 1) return false;
  return undefined;
}
