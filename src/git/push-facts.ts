import { forEachCommit, type CommitRecord } from './read-commits.js';

export type { CommitRecord };

/**
 * Every commit reachable from `tips` that no remote has been seen to have, in one git process
 * however many commits and refs are pushed. `--ignore-missing` lets remote ids we never fetched
 * pass. All remotes, not only the one pushed to: a remote never fetched, or a push to a URL, has no
 * remote-tracking refs, and the team's published history must not be blamed on the pusher.
 * Each commit goes to `onCommit` as soon as git lists it (see forEachCommit).
 */
export async function forEachNewCommit(
  tips: readonly string[],
  remoteShas: readonly string[],
  cwd: string,
  onCommit: (commit: CommitRecord) => void,
): Promise<void> {
  if (tips.length === 0) return;
  await forEachCommit(['--ignore-missing', ...tips, '--not', '--remotes', ...remoteShas], cwd, onCommit);
}
