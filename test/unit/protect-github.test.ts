import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import type { Config } from '../../src/core/config/types.js';
import { compareRulesets } from '../../src/core/protect/compare-github.js';
import { githubRulesets, RULESET_NAMES } from '../../src/core/protect/github-rulesets.js';
import type { Rule, Ruleset } from '../../src/core/protect/github-types.js';
import { branchNamePattern } from '../../src/core/protect/name-patterns.js';
import { parseRulesets } from '../../src/core/protect/parse-rulesets.js';
import { fetchedRuleset } from '../helpers/github-rulesets.js';

function config(change: (config: Config) => void = () => {}): Config {
  const value = defaultConfig();
  change(value);
  return value;
}

const desired = (value = config()) => githubRulesets(value, { withPatterns: false }).rulesets;
/** The repository as the printed commands leave it. */
const applied = (value = config()): Ruleset[] =>
  desired(value).map((ruleset, i) => fetchedRuleset(ruleset.body, 41 + i));
const rule = <T extends Rule['type']>(ruleset: Ruleset, type: T) =>
  ruleset.rules!.find((item) => item.type === type) as Extract<Rule, { type: T }>;

describe('the GitHub rulesets made from the config', () => {
  it('guard main and the stages by name, with the pull request, review, check, deletion and force-push rules', () => {
    const [main, stages] = desired();
    expect(main!.body.conditions).toEqual({ ref_name: { include: ['refs/heads/main'], exclude: [] } });
    expect(stages!.body.conditions).toEqual({ ref_name: { include: ['refs/heads/stage/**'], exclude: [] } });
    for (const ruleset of [main!, stages!]) {
      expect(ruleset.body).toMatchObject({ target: 'branch', enforcement: 'active', bypass_actors: [] });
      expect(ruleset.body.rules!.map((item) => item.type)).toEqual([
        'deletion',
        'non_fast_forward',
        'pull_request',
        'required_status_checks',
      ]);
      expect(ruleset.body.rules).toContainEqual(
        expect.objectContaining({
          type: 'pull_request',
          parameters: expect.objectContaining({
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
          }),
        }),
      );
      expect(ruleset.body.rules).toContainEqual({
        type: 'required_status_checks',
        parameters: expect.objectContaining({
          required_status_checks: [{ context: 'stageflow check', integration_id: 15368 }],
        }),
      });
    }
    // A stage is created by pushing main's tip to a new name: no creation rule, no check on creation.
    expect(stages!.body.rules!.some((item) => item.type === 'creation')).toBe(false);
    expect(JSON.stringify(stages!.body.rules)).toContain('"do_not_enforce_on_create":true');
  });

  it('follow the branch names, the approvals setting and branches.unprotected', () => {
    const custom = config((value) => {
      value.branches = { ...value.branches, main: 'trunk', stagePrefix: 'env/', unprotected: ['env/sandbox'] };
      value.protect.requiredApprovals = 2;
    });
    const [main, stages] = desired(custom);
    expect(main!.body.conditions?.ref_name?.include).toEqual(['refs/heads/trunk']);
    expect(stages!.body.conditions?.ref_name).toEqual({
      include: ['refs/heads/env/**'],
      exclude: ['refs/heads/env/sandbox'],
    });
    expect(JSON.stringify(main!.body.rules)).toContain('"required_approving_review_count":2');

    const unguardedMain = githubRulesets(
      config((value) => {
        value.branches.unprotected = ['main'];
      }),
      { withPatterns: false },
    );
    expect(unguardedMain.mainUnprotected).toBe(true);
    expect(unguardedMain.rulesets.map((ruleset) => ruleset.body.name)).toEqual([RULESET_NAMES.stages]);
  });

  it('--with-patterns adds a ruleset on every branch whose name pattern takes the names the hooks take', () => {
    const value = config((change) => {
      change.branches.allowed = ['renovate/**', 'release-?'];
    });
    const patterns = githubRulesets(value, { withPatterns: true }).rulesets[2]!;
    expect(patterns.body.conditions?.ref_name?.include).toEqual(['~ALL']);
    const pattern = new RegExp(branchNamePattern(value.branches));
    for (const name of [
      'main',
      'stage/login',
      'stage/a1-b2',
      'work/jane/add-login',
      'renovate/npm/zod-4.x',
      'release-1',
    ])
      expect(name).toMatch(pattern);
    for (const name of [
      'mainline',
      'stage/Login',
      'stage/1st',
      `stage/${'a'.repeat(33)}`,
      'work/jane',
      'work/jane/Add',
      'feature/x',
      'release-12',
    ])
      expect(name).not.toMatch(pattern);
    expect(patterns.body.rules).toContainEqual({
      type: 'commit_message_pattern',
      parameters: { name: 'stageflow subject length', operator: 'regex', pattern: '^[^\\n]{4,}' },
    });
  });
});

describe('comparing the rulesets GitHub returned', () => {
  it('finds nothing when the printed rulesets are in place', () => {
    expect(compareRulesets(desired(), applied()).flatMap((result) => result.findings)).toEqual([]);
  });

  it("counts rules from every enforced ruleset on the ref, not only stageflow's own", () => {
    const [main, stages] = applied();
    const split = structuredClone(main!);
    split.name = 'Branch protection (by hand)';
    split.rules = main!.rules!.filter((item) => item.type === 'deletion' || item.type === 'non_fast_forward');
    main!.rules = main!.rules!.filter((item) => item.type === 'pull_request' || item.type === 'required_status_checks');
    expect(compareRulesets(desired(), [main!, split, stages!]).flatMap((result) => result.findings)).toEqual([]);
  });

  it('names a missing rule, a weaker review count, kept stale reviews and a missing check', () => {
    const rulesets = applied(
      config((value) => {
        value.protect.requiredApprovals = 2;
      }),
    );
    const [main, stages] = rulesets;
    main!.rules = main!.rules!.filter((item) => item.type !== 'non_fast_forward');
    const review = rule(stages!, 'pull_request');
    review.parameters!.required_approving_review_count = 1;
    review.parameters!.dismiss_stale_reviews_on_push = false;
    rule(stages!, 'required_status_checks').parameters!.required_status_checks = [{ context: 'build' }];

    const [mainResult, stagesResult] = compareRulesets(
      desired(
        config((value) => {
          value.protect.requiredApprovals = 2;
        }),
      ),
      rulesets,
    );
    expect(mainResult!.findings).toEqual([{ kind: 'missing-rule', rule: 'non_fast_forward' }]);
    expect(stagesResult!.findings).toEqual([
      { kind: 'fewer-approvals', have: 1, want: 2 },
      { kind: 'stale-reviews-kept' },
      { kind: 'missing-status-check', context: 'stageflow check' },
    ]);
  });

  it('names a missing ruleset, one that is not enforced, and actors who may bypass', () => {
    const [main, stages] = applied();
    main!.enforcement = 'evaluate';
    stages!.bypass_actors = [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }];
    expect(compareRulesets(desired(), [main!, stages!]).map((result) => result.findings)).toEqual([
      [{ kind: 'not-enforced', id: 41, enforcement: 'evaluate' }],
      [
        {
          kind: 'bypass-actors',
          id: 42,
          name: RULESET_NAMES.stages,
          source: { type: 'Repository', name: 'acme/service' },
          actors: ['RepositoryRole 5 (always)'],
        },
      ],
    ]);
    expect(compareRulesets(desired(), []).map((result) => result.findings)).toEqual([
      [{ kind: 'missing-ruleset' }],
      [{ kind: 'missing-ruleset' }],
    ]);
  });

  it('names a creation rule on the stages, which would refuse start-stage --push', () => {
    const [main, stages] = applied();
    stages!.rules = [{ type: 'creation' }, ...stages!.rules!];
    main!.rules = [{ type: 'creation' }, ...main!.rules!];
    const [mainResult, stagesResult] = compareRulesets(desired(), [main!, stages!]);
    expect(mainResult!.findings).toEqual([]);
    expect(stagesResult!.findings).toEqual([
      {
        kind: 'creation-blocked',
        id: 42,
        name: RULESET_NAMES.stages,
        source: { type: 'Repository', name: 'acme/service' },
        rules: desired()[1]!.body.rules,
      },
    ]);
  });

  it('does not count a ruleset whose conditions leave the ref out', () => {
    const [main, stages] = applied();
    main!.conditions = { ref_name: { include: ['~ALL'], exclude: ['refs/heads/main'] } };
    expect(compareRulesets(desired(), [main!, stages!])[0]!.findings).toEqual([{ kind: 'missing-ruleset' }]);
  });
});

describe('reading what gh printed', () => {
  it('takes an array, one object, or one object per gh call in a row', () => {
    const [main, stages] = applied();
    for (const text of [
      JSON.stringify([main, stages]),
      `${JSON.stringify(main, null, 2)}\n${JSON.stringify(stages)}\n`,
      `[${JSON.stringify(main)}]\n[${JSON.stringify(stages)}]`,
    ]) {
      const parsed = parseRulesets(text);
      expect(parsed.ok && parsed.rulesets.map((ruleset) => ruleset.id)).toEqual([41, 42]);
    }
    expect(parseRulesets(JSON.stringify(main)).ok).toBe(true);
  });

  it('tells summaries from the list endpoint, errors and other JSON apart from rulesets', () => {
    const summaries = applied().map(({ rules: _rules, conditions: _conditions, ...summary }) => summary);
    expect(parseRulesets(JSON.stringify(summaries))).toEqual({
      ok: false,
      problem: 'summaries',
      names: [RULESET_NAMES.main, RULESET_NAMES.stages],
    });
    expect(parseRulesets('{"message":"Not Found","status":"404"}')).toEqual({
      ok: false,
      problem: 'not-rulesets',
      detail: 'GitHub answered with an error: Not Found',
    });
    expect(parseRulesets('[{"id": 1}]')).toMatchObject({
      ok: false,
      problem: 'not-rulesets',
      detail: 'item 1 has no "name" and "enforcement": {"id":1}',
    });
    expect(parseRulesets('gh: Not Found (HTTP 404)')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseRulesets('[{"name": "a", "enforcement": "active"')).toMatchObject({
      ok: false,
      problem: 'not-json',
      detail: 'the JSON ends early',
    });
    expect(parseRulesets('')).toMatchObject({ ok: false, problem: 'not-json' });
  });
});
