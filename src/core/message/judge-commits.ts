import type { RulesConfig } from '../../config/types.js';
import { cleanMessage } from './clean-message.js';
import { lintMessage, type Problem } from './lint-message.js';

export interface CommitFacts {
  sha: string;
  parents: string[];
  message: string;
}

export interface BadCommit {
  sha: string;
  isRoot: boolean;
  subject: string;
  problems: Problem[];
}

/**
 * The commit, when its stored message breaks the rules. A stored message has no comment lines to
 * strip, so lines starting with `#` are kept (`cleanMessage(..., null)`).
 */
export function judgeStoredMessage(commit: CommitFacts, rules: RulesConfig): BadCommit | undefined {
  const message = cleanMessage(commit.message, null);
  const verdict = lintMessage(message, rules);
  if (verdict.ok) return undefined;
  return { sha: commit.sha, isRoot: commit.parents.length === 0, subject: message.split('\n')[0] ?? '', problems: verdict.problems };
}

/** The commits whose stored messages break the rules, in the order given. */
export function judgeCommits(commits: readonly CommitFacts[], rules: RulesConfig): BadCommit[] {
  return commits.flatMap((commit) => judgeStoredMessage(commit, rules) ?? []);
}
