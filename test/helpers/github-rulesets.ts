import type { Ruleset, RulesetRequest } from '../../src/core/protect/github-types.js';

/** A ruleset as `gh api repos/{owner}/{repo}/rulesets/{id}` returns it, made from the body that created it. */
export function fetchedRuleset(body: RulesetRequest, id: number, source = 'acme/service'): Ruleset {
  return {
    id,
    name: body.name,
    target: body.target ?? 'branch',
    source_type: 'Repository',
    source,
    enforcement: body.enforcement,
    bypass_actors: body.bypass_actors ?? [],
    current_user_can_bypass: 'never',
    node_id: `RRS_lACkVXNlcs4AAA${id}`,
    _links: {
      self: { href: `https://api.github.com/repos/${source}/rulesets/${id}` },
      html: { href: `https://github.com/${source}/rules/${id}` },
    },
    conditions: body.conditions ?? null,
    rules: structuredClone(body.rules ?? []),
    created_at: '2026-11-30T09:12:44.000Z',
    updated_at: '2026-11-30T09:12:44.000Z',
  };
}
