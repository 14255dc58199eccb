import { cleanMessage } from './clean-message.js';
import { AUTOSQUASH_SUBJECT } from './git-generated.js';
import type { CommitFacts } from './judge-commits.js';

export interface AutosquashCommit {
  sha: string;
  subject: string;
}

/**
 * The `fixup!`/`squash!`/`amend!` commits, in the order given. Fine on a work branch until the
 * autosquash rebase folds them in, but never meant to reach a stage: CI refuses them.
 */
export function autosquashCommits(commits: readonly CommitFacts[]): AutosquashCommit[] {
  return commits.flatMap((commit) => autosquashCommit(commit) ?? []);
}

/** The commit, when its subject is a `fixup!`/`squash!`/`amend!` marker's. */
export function autosquashCommit(commit: CommitFacts): AutosquashCommit | undefined {
  // Every marker is followed by a space: most messages are passed without being cleaned.
  if (!commit.message.includes('! ')) return undefined;
  const cleaned = cleanMessage(commit.message, null);
  const end = cleaned.indexOf('\n');
  const subject = end === -1 ? cleaned : cleaned.slice(0, end);
  return AUTOSQUASH_SUBJECT.test(subject) ? { sha: commit.sha, subject } : undefined;
}
