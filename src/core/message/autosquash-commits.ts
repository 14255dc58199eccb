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
  return commits.flatMap((commit) => {
    const subject = cleanMessage(commit.message, null).split('\n')[0] ?? '';
    return AUTOSQUASH_SUBJECT.test(subject) ? [{ sha: commit.sha, subject }] : [];
  });
}
