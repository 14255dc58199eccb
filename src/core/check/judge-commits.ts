import type { RulesConfig } from '../../config/types.js';
import { cleanMessage } from '../message/clean-message.js';
import { lintMessage, type Problem } from '../message/lint-message.js';

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
 * The commits whose stored messages break the rules. A stored message has no comment lines to
 * strip, so lines starting with `#` are kept (`cleanMessage(..., null)`), as the pre-push hook does.
 */
export function judgeCommits(commits: readonly CommitFacts[], rules: RulesConfig): BadCommit[] {
  const bad: BadCommit[] = [];
  for (const commit of commits) {
    const message = cleanMessage(commit.message, null);
    const verdict = lintMessage(message, rules);
    if (!verdict.ok) {
      bad.push({ sha: commit.sha, isRoot: commit.parents.length === 0, subject: message.split('\n')[0] ?? '', problems: verdict.problems });
    }
  }
  return bad;
}
