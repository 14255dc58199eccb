import type { DesiredRuleset } from './github-rulesets.js';
import type { Rule, Ruleset } from './github-types.js';

export type RuleType = Rule['type'];

/** One way the repository's rulesets fall short of a desired one. */
export type Finding =
  | { kind: 'missing-ruleset' }
  | { kind: 'not-enforced'; id: number; enforcement: string }
  | { kind: 'missing-rule'; rule: RuleType }
  | { kind: 'fewer-approvals'; have: number; want: number }
  | { kind: 'stale-reviews-kept' }
  | { kind: 'missing-status-check'; context: string }
  | { kind: 'different-pattern'; rule: RuleType; want: string; have: string[] }
  | { kind: 'bypass-actors'; id: number; name: string; source: RulesetSource; actors: string[] }
  /** A `creation` rule on the stages: `start-stage --push` is refused. `rules` is the ruleset's list without it. */
  | { kind: 'creation-blocked'; id: number; name: string; source: RulesetSource; rules: Rule[] };

/** Where a ruleset lives, for the endpoint that changes it: the repository, or an organization by name. */
export interface RulesetSource {
  type: string;
  name: string;
}

export interface RulesetComparison {
  desired: DesiredRuleset;
  findings: Finding[];
}

/**
 * What each desired ruleset's ref still lacks, judged on every enforced ruleset that covers it
 * (GitHub applies them all together), not only on stageflow's own by name.
 */
export function compareRulesets(desired: readonly DesiredRuleset[], actual: readonly Ruleset[]): RulesetComparison[] {
  return desired.map((want) => ({ desired: want, findings: compareOne(want, actual) }));
}

function compareOne(want: DesiredRuleset, actual: readonly Ruleset[]): Finding[] {
  const findings: Finding[] = [];
  const own = actual.find((ruleset) => ruleset.name === want.body.name);
  if (own !== undefined && own.enforcement !== 'active')
    findings.push({ kind: 'not-enforced', id: own.id, enforcement: own.enforcement });
  const enforced = actual.filter(
    (ruleset) =>
      ruleset.enforcement === 'active' && (ruleset.target ?? 'branch') === 'branch' && covers(ruleset, want.ref),
  );
  // A disabled ruleset of stageflow's says why nothing covers the ref; otherwise nothing does at all.
  if (enforced.length === 0) return findings.length > 0 ? findings : [{ kind: 'missing-ruleset' }];

  const rules = enforced.flatMap((ruleset) => ruleset.rules ?? []);
  for (const rule of want.body.rules ?? []) findings.push(...compareRule(rule, rules));
  for (const ruleset of enforced) {
    const source = { type: ruleset.source_type ?? 'Repository', name: ruleset.source };
    const rulesets = { id: ruleset.id, name: ruleset.name, source };
    const actors = ruleset.bypass_actors ?? [];
    if (actors.length > 0) {
      findings.push({
        kind: 'bypass-actors',
        ...rulesets,
        actors: actors.map(
          (actor) =>
            `${actor.actor_type}${actor.actor_id == null ? '' : ` ${actor.actor_id}`} (${actor.bypass_mode ?? 'always'})`,
        ),
      });
    }
    const rules = ruleset.rules ?? [];
    if (want.key === 'stages' && rules.some((rule) => rule.type === 'creation')) {
      findings.push({ kind: 'creation-blocked', ...rulesets, rules: rules.filter((rule) => rule.type !== 'creation') });
    }
  }
  return findings;
}

function compareRule(want: Rule, rules: readonly Rule[]): Finding[] {
  const same = rules.filter((rule) => rule.type === want.type);
  if (same.length === 0) return [{ kind: 'missing-rule', rule: want.type }];
  if (want.type === 'pull_request') {
    const found = same.flatMap((rule) => (rule.type === 'pull_request' && rule.parameters ? [rule.parameters] : []));
    const wanted = want.parameters?.required_approving_review_count ?? 0;
    const have = Math.max(0, ...found.map((parameters) => parameters.required_approving_review_count ?? 0));
    const findings: Finding[] = have < wanted ? [{ kind: 'fewer-approvals', have, want: wanted }] : [];
    if (!found.some((parameters) => parameters.dismiss_stale_reviews_on_push))
      findings.push({ kind: 'stale-reviews-kept' });
    return findings;
  }
  if (want.type === 'required_status_checks') {
    const contexts = same.flatMap((rule) =>
      rule.type === 'required_status_checks'
        ? (rule.parameters?.required_status_checks ?? []).map((check) => check.context)
        : [],
    );
    return (want.parameters?.required_status_checks ?? [])
      .filter((check) => !contexts.includes(check.context))
      .map((check) => ({ kind: 'missing-status-check', context: check.context }));
  }
  if (want.type === 'branch_name_pattern' || want.type === 'commit_message_pattern') {
    const patterns = same.flatMap((rule) =>
      'parameters' in rule && rule.parameters && 'pattern' in rule.parameters ? [String(rule.parameters.pattern)] : [],
    );
    return patterns.includes(want.parameters?.pattern ?? '')
      ? []
      : [{ kind: 'different-pattern', rule: want.type, want: want.parameters?.pattern ?? '', have: patterns }];
  }
  return [];
}

/** GitHub's own meaning of a ruleset's ref condition, for the patterns stageflow writes (exact names, `~ALL`). */
function covers(ruleset: Ruleset, ref: string): boolean {
  const condition = ruleset.conditions && 'ref_name' in ruleset.conditions ? ruleset.conditions.ref_name : undefined;
  const include = condition?.include ?? [];
  const exclude = condition?.exclude ?? [];
  return (include.includes(ref) || include.includes('~ALL')) && !exclude.includes(ref);
}
