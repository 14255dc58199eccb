import type { Config, RuleId, RulesConfig, Severity } from '../config/types.js';
import { type CommitFacts, type GitWritten, gitWritten, SINGLE_PARENT } from './git-generated.js';
import { type ParsedMessage, parseMessage } from './parse-message.js';
import { isReleaseSubject } from './release-commit.js';
import { bodyLeadingBlank } from './rules/body-leading-blank.js';
import { conventionalCommits } from './rules/conventional-commits.js';
import type { Pattern, RuleOutcome } from './rules/rule.js';
import { subjectEmpty } from './rules/subject-empty.js';
import { subjectMaxLength } from './rules/subject-max-length.js';
import { subjectMinLength } from './rules/subject-min-length.js';
import { subjectMinWords } from './rules/subject-min-words.js';
import { subjectPlaceholder } from './rules/subject-placeholder.js';
import { subjectVague } from './rules/subject-vague.js';
import { subjectWebEditor } from './rules/subject-web-editor.js';
import { subjectWip } from './rules/subject-wip.js';
import { ticketPattern } from './rules/ticket-pattern.js';

export type { RuleId };

/** The rules as the engine runs them: the config's, with its pattern compiled (config/message-rules.ts). */
export interface MessageRules {
  rules: Omit<RulesConfig, 'ticket-pattern'> & { 'ticket-pattern': Pattern | false };
  severity: Config['severity'];
  ignoreReleases: boolean;
}

export interface Problem {
  rule: RuleId;
  severity: Severity;
  message: string;
  hint: string;
}

/** Why no rule was applied: git wrote the message, or it is a release commit. */
export type Exemption = GitWritten | 'release';

export interface MessageVerdict {
  /** No rule of severity error failed. */
  ok: boolean;
  exempt: Exemption | false;
  /** The failed rules of severity error: they refuse the commit. */
  problems: Problem[];
  /** The failed rules of severity warning: printed, never refusing. */
  warnings: Problem[];
}

/** One rule's verdict, for `stageflow check --message`. */
export interface RuleVerdict {
  rule: RuleId;
  /** `skipped`: the message is empty, which subject-empty alone reports. */
  verdict: 'passed' | 'failed' | 'off' | 'skipped';
  severity: Severity;
  message?: string;
  hint?: string;
}

type Checks = {
  [Id in RuleId]: (message: ParsedMessage, option: Exclude<MessageRules['rules'][Id], false>) => RuleOutcome;
};

const CHECKS: Checks = {
  'subject-empty': subjectEmpty,
  'subject-min-words': subjectMinWords,
  'subject-min-length': subjectMinLength,
  'subject-max-length': subjectMaxLength,
  'subject-placeholder': subjectPlaceholder,
  'subject-wip': subjectWip,
  'subject-vague': subjectVague,
  'subject-web-editor': subjectWebEditor,
  'body-leading-blank': bodyLeadingBlank,
  'ticket-pattern': ticketPattern,
  'conventional-commits': conventionalCommits,
};
const RULE_ORDER = Object.keys(CHECKS) as RuleId[];

/** Judges a cleaned commit message against the configured rules, each at its configured severity. */
export function lintMessage(cleaned: string, config: MessageRules, facts: CommitFacts = SINGLE_PARENT): MessageVerdict {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const exempt = eachRule(cleaned, config, facts, (rule, severity, outcome) => {
    if (typeof outcome === 'object' && !outcome.ok)
      (severity === 'error' ? problems : warnings).push({
        rule,
        severity,
        message: outcome.message,
        hint: outcome.hint,
      });
  });
  return exempt
    ? { ok: true, exempt, problems: [], warnings: [] }
    : { ok: problems.length === 0, exempt: false, problems, warnings };
}

/** Every rule's verdict on the message, in order; none when the message is exempt. */
export function ruleVerdicts(
  cleaned: string,
  config: MessageRules,
  facts: CommitFacts = SINGLE_PARENT,
): { exempt: Exemption | false; rules: RuleVerdict[] } {
  const rules: RuleVerdict[] = [];
  const exempt = eachRule(cleaned, config, facts, (rule, severity, outcome) => {
    if (outcome === 'off' || outcome === 'skipped') rules.push({ rule, verdict: outcome, severity });
    else
      rules.push(
        outcome.ok
          ? { rule, verdict: 'passed', severity }
          : { rule, verdict: 'failed', severity, message: outcome.message, hint: outcome.hint },
      );
  });
  return { exempt, rules: exempt ? [] : rules };
}

/** Runs every rule in order and hands each outcome to `report`; the exemption instead, when there is one. */
function eachRule(
  cleaned: string,
  config: MessageRules,
  facts: CommitFacts,
  report: (rule: RuleId, severity: Severity, outcome: RuleOutcome | 'off' | 'skipped') => void,
): Exemption | false {
  const message = parseMessage(cleaned);
  const written = gitWritten(message, facts);
  if (written) return written;
  if (config.ignoreReleases && isReleaseSubject(message.subject)) return 'release';
  const empty = message.subject.trim() === '' && config.rules['subject-empty'] !== false;
  for (const rule of RULE_ORDER) {
    const option = config.rules[rule];
    // An empty message breaks every rule; saying so once is enough.
    if (option === false || (empty && rule !== 'subject-empty')) {
      report(rule, config.severity[rule], option === false ? 'off' : 'skipped');
      continue;
    }
    report(
      rule,
      config.severity[rule],
      (CHECKS[rule] as (message: ParsedMessage, option: unknown) => RuleOutcome)(message, option),
    );
  }
  return false;
}
