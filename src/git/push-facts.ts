import { readCommits, type CommitRecord } from './read-commits.js';
import { runGit } from './run-git.js';

export type { CommitRecord };

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
  return readCommits(['--ignore-missing', ...tips, '--not', `--remotes=${remote}`, ...remoteShas], cwd);
}

/** true when `ref` contains `sha`; undefined when `ref` does not exist here. */
export async function containsCommit(ref: string, sha: string, cwd: string): Promise<boolean | undefined> {
  const result = await runGit(['merge-base', '--is-ancestor', sha, ref], { cwd });
  if (result.code === 0) return true;
  if (result.code === 1) return false;
  return undefined;
}
