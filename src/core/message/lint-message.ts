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

/** One configured rule, ready to run: its check, and the option it was given (false: off). */
interface PlannedRule {
  rule: RuleId;
  severity: Severity;
  option: unknown;
  check: (message: ParsedMessage, option: unknown) => RuleOutcome;
}

/**
 * The rules in order, looked up once per rules object rather than once per message: a push judges
 * thousands of messages, most of them before V8 has optimized this code, where a lookup by a
 * rule's name in three objects costs more than the rule.
 */
const plans = new WeakMap<MessageRules, PlannedRule[]>();

function planOf(config: MessageRules): PlannedRule[] {
  let plan = plans.get(config);
  if (!plan) {
    plan = RULE_ORDER.map((rule) => ({
      rule,
      severity: config.severity[rule],
      option: config.rules[rule],
      check: CHECKS[rule] as PlannedRule['check'],
    }));
    plans.set(config, plan);
  }
  return plan;
}

/** Judges a cleaned commit message against the configured rules, each at its configured severity. */
export function lintMessage(cleaned: string, config: MessageRules, facts: CommitFacts = SINGLE_PARENT): MessageVerdict {
  const message = parseMessage(cleaned);
  const exempt = exemption(message, config, facts);
  if (exempt) return { ok: true, exempt, problems: [], warnings: [] };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const plan = planOf(config);
  const empty = isEmpty(message, config);
  for (let index = 0; index < plan.length; index++) {
    const { rule, severity, option, check } = plan[index]!;
    // An empty message breaks every rule; saying so once is enough.
    if (option === false || (empty && rule !== 'subject-empty')) continue;
    const outcome = check(message, option);
    if (!outcome.ok)
      (severity === 'error' ? problems : warnings).push({
        rule,
        severity,
        message: outcome.message,
        hint: outcome.hint,
      });
  }
  return { ok: problems.length === 0, exempt: false, problems, warnings };
}

/** Every rule's verdict on the message, in order; none when the message is exempt. */
export function ruleVerdicts(
  cleaned: string,
  config: MessageRules,
  facts: CommitFacts = SINGLE_PARENT,
): { exempt: Exemption | false; rules: RuleVerdict[] } {
  const message = parseMessage(cleaned);
  const exempt = exemption(message, config, facts);
  if (exempt) return { exempt, rules: [] };
  const empty = isEmpty(message, config);
  const rules = planOf(config).map(({ rule, severity, option, check }): RuleVerdict => {
    if (option === false) return { rule, verdict: 'off', severity };
    if (empty && rule !== 'subject-empty') return { rule, verdict: 'skipped', severity };
    const outcome = check(message, option);
    return outcome.ok
      ? { rule, verdict: 'passed', severity }
      : { rule, verdict: 'failed', severity, message: outcome.message, hint: outcome.hint };
  });
  return { exempt: false, rules };
}

/** Why no rule applies to the message: git wrote it, or it is a release commit. */
function exemption(message: ParsedMessage, config: MessageRules, facts: CommitFacts): Exemption | false {
  const written = gitWritten(message, facts);
  if (written) return written;
  return config.ignoreReleases && isReleaseSubject(message.subject) ? 'release' : false;
}

function isEmpty(message: ParsedMessage, config: MessageRules): boolean {
  return message.subject.trim() === '' && config.rules['subject-empty'] !== false;
}
