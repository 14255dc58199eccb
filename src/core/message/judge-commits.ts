import { cleanMessage } from './clean-message.js';
import { lintMessage, type MessageRules, type Problem } from './lint-message.js';

export interface CommitFacts {
  sha: string;
  parents: string[];
  message: string;
}

export interface BadCommit {
  sha: string;
  isRoot: boolean;
  subject: string;
  /** The rules of severity error it breaks; warnings were shown when it was made. */
  problems: Problem[];
}

/**
 * The commit, when its stored message breaks the rules. A stored message has no comment lines to
 * strip, so lines starting with `#` are kept (`cleanMessage(..., null)`). Only a commit with two or
 * more parents may carry git's `Merge ...` subject unjudged.
 */
export function judgeStoredMessage(commit: CommitFacts, rules: MessageRules): BadCommit | undefined {
  const message = cleanMessage(commit.message, null);
  const verdict = lintMessage(message, rules, { merge: commit.parents.length >= 2 });
  if (verdict.ok) return undefined;
  return {
    sha: commit.sha,
    isRoot: commit.parents.length === 0,
    subject: message.split('\n')[0] ?? '',
    problems: verdict.problems,
  };
}
