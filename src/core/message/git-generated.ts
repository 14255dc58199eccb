import type { ParsedMessage } from './parse-message.js';

/** The markers `git commit --fixup/--squash` write, which `git rebase -i --autosquash` folds away. */
export const AUTOSQUASH_SUBJECT = /^(?:fixup|squash|amend)! /;
/** git writes the marker before the subject of the commit it fixes. */
const AUTOSQUASH_WITH_SUBJECT = /^(?:fixup|squash|amend)! +\S/;
/** `git revert` writes this line into the body (`, reversing` follows it for a merge). */
const REVERTS_LINE = /^This reverts commit [0-9a-f]{7,64}(?:\.|, reversing)/m;

/** What git knows about the commit beyond its message. */
export interface CommitFacts {
  /** The commit has two or more parents; at commit-msg, a merge is in progress (MERGE_HEAD). */
  merge: boolean;
}

export const SINGLE_PARENT: CommitFacts = { merge: false };

export type GitWritten = 'merge' | 'revert' | 'autosquash';

/**
 * The kind of message git wrote itself, which no rule judges; undefined for every message a person
 * wrote, including look-alikes: `Merge stuff` on a commit with one parent, `Revert "wip` without
 * git's closing quote and `This reverts commit <id>.` line, or a bare `fixup!`.
 */
export function gitWritten(message: ParsedMessage, facts: CommitFacts): GitWritten | undefined {
  const { subject } = message;
  if (facts.merge && subject.startsWith('Merge ')) return 'merge';
  // `Reapply "..."` is how git 2.43+ titles the revert of a revert.
  if (
    (subject.startsWith('Revert "') || subject.startsWith('Reapply "')) &&
    subject.length > 9 &&
    subject.endsWith('"') &&
    REVERTS_LINE.test(message.text)
  ) {
    return 'revert';
  }
  if (AUTOSQUASH_WITH_SUBJECT.test(subject)) return 'autosquash';
  return undefined;
}
