import type { RulesConfig } from '../../config/types.js';
import { isGitGenerated } from './git-generated.js';
import { parseMessage, type ParsedMessage } from './parse-message.js';
import { bodyLeadingBlank } from './rules/body-leading-blank.js';
import { conventionalCommits } from './rules/conventional-commits.js';
import type { RuleOutcome } from './rules/rule.js';
import { subjectEmpty } from './rules/subject-empty.js';
import { subjectMaxLength } from './rules/subject-max-length.js';
import { subjectMinLength } from './rules/subject-min-length.js';
import { subjectMinWords } from './rules/subject-min-words.js';
import { subjectPlaceholder } from './rules/subject-placeholder.js';
import { subjectWip } from './rules/subject-wip.js';
import { ticketPattern } from './rules/ticket-pattern.js';

export type RuleId = keyof RulesConfig;

export interface Problem {
  rule: RuleId;
  message: string;
  hint: string;
}

export interface MessageVerdict {
  ok: boolean;
  /** Set when git wrote the subject (merge, revert, fixup!): no rule was applied. */
  exempt: boolean;
  problems: Problem[];
}

type Checks = { [Id in RuleId]: (message: ParsedMessage, option: Exclude<RulesConfig[Id], false>) => RuleOutcome };

const CHECKS: Checks = {
  'subject-empty': subjectEmpty,
  'subject-min-words': subjectMinWords,
  'subject-min-length': subjectMinLength,
  'subject-max-length': subjectMaxLength,
  'subject-placeholder': subjectPlaceholder,
  'subject-wip': subjectWip,
  'body-leading-blank': bodyLeadingBlank,
  'ticket-pattern': ticketPattern,
  'conventional-commits': conventionalCommits,
};

/** Judges a cleaned commit message against the configured rules. */
export function lintMessage(cleaned: string, rules: RulesConfig): MessageVerdict {
  const message = parseMessage(cleaned);
  if (isGitGenerated(message.subject)) return { ok: true, exempt: true, problems: [] };
  if (message.subject.trim() === '' && rules['subject-empty'] !== false) {
    const outcome = subjectEmpty(message, true);
    return { ok: false, exempt: false, problems: [{ rule: 'subject-empty', message: outcome.message, hint: outcome.hint }] };
  }

  const problems: Problem[] = [];
  for (const rule of Object.keys(CHECKS) as RuleId[]) {
    const option = rules[rule];
    if (option === false) continue;
    const check = CHECKS[rule] as (message: ParsedMessage, option: unknown) => RuleOutcome;
    const outcome = check(message, option);
    if (!outcome.ok) problems.push({ rule, message: outcome.message, hint: outcome.hint });
  }
  return { ok: problems.length === 0, exempt: false, problems };
}
