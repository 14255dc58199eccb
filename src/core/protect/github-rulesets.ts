import { matchesAnyGlob } from '../branch/glob.js';
import type { Config } from '../config/types.js';
import { CHECK_JOB_NAME } from '../init-ci/github-workflow.js';
import type { Rule, RulesetRequest } from './github-types.js';
import { branchNamePattern, commitMessagePattern } from './name-patterns.js';

/** The GitHub Actions app: the required check must come from a workflow run, not from any status poster. */
const GITHUB_ACTIONS_APP_ID = 15368;

export type RulesetKey = 'main' | 'stages' | 'patterns';

/** Fixed names, never from the config: the fix commands find a ruleset by name, so a renamed main is updated in place. */
export const RULESET_NAMES: Record<RulesetKey, string> = {
  main: 'stageflow: main',
  stages: 'stageflow: stages',
  patterns: 'stageflow: branch names and commit messages',
};

export interface DesiredRuleset {
  key: RulesetKey;
  /** The ref pattern the ruleset guards (`refs/heads/main`); `~ALL` for the patterns ruleset. */
  ref: string;
  body: RulesetRequest;
}

export interface GithubProtection {
  rulesets: DesiredRuleset[];
  /** main is listed in branches.unprotected, so it gets no ruleset. */
  mainUnprotected: boolean;
}

/**
 * The rulesets that make GitHub hold the strategy: main and the stages change only by reviewed pull
 * request with `stageflow check` passed, and are never deleted or force-pushed. Work branches
 * match no ruleset. Stages get no `creation` rule, so `start-stage --push` still creates one.
 */
export function githubRulesets(config: Config, options: { withPatterns: boolean }): GithubProtection {
  const { branches } = config;
  const exclude = branches.unprotected.map((glob) => `refs/heads/${glob}`);
  const mainUnprotected = matchesAnyGlob(branches.main, branches.unprotected);
  const guarded = (key: RulesetKey, ref: string, createsByPush: boolean): DesiredRuleset => ({
    key,
    ref,
    body: {
      name: RULESET_NAMES[key],
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: [ref], exclude } },
      rules: guardRules(config.protect.requiredApprovals, createsByPush),
    },
  });
  const rulesets = [
    ...(mainUnprotected ? [] : [guarded('main', `refs/heads/${branches.main}`, false)]),
    guarded('stages', `refs/heads/${branches.stagePrefix}**`, true),
  ];
  if (options.withPatterns) rulesets.push(patternsRuleset(config));
  return { rulesets, mainUnprotected };
}

function guardRules(requiredApprovals: number, createsByPush: boolean): Rule[] {
  return [
    { type: 'deletion' },
    { type: 'non_fast_forward' },
    {
      type: 'pull_request',
      parameters: {
        required_approving_review_count: requiredApprovals,
        dismiss_stale_reviews_on_push: true,
        // The approval must come from someone other than whoever pushed last: a peer, not the author.
        require_last_push_approval: true,
        require_code_owner_review: false,
        required_review_thread_resolution: false,
      },
    },
    {
      type: 'required_status_checks',
      parameters: {
        required_status_checks: [{ context: CHECK_JOB_NAME, integration_id: GITHUB_ACTIONS_APP_ID }],
        strict_required_status_checks_policy: false,
        // A new stage points at main's tip, which no pull request into the stage has checked yet.
        do_not_enforce_on_create: createsByPush,
      },
    },
  ];
}

function patternsRuleset(config: Config): DesiredRuleset {
  const minLength = config.rules['subject-min-length'];
  const rules: Rule[] = [
    {
      type: 'branch_name_pattern',
      parameters: { name: 'stageflow branch names', operator: 'regex', pattern: branchNamePattern(config.branches) },
    },
  ];
  if (minLength !== false) {
    rules.push({
      type: 'commit_message_pattern',
      parameters: { name: 'stageflow subject length', operator: 'regex', pattern: commitMessagePattern(minLength) },
    });
  }
  return {
    key: 'patterns',
    ref: '~ALL',
    body: {
      name: RULESET_NAMES.patterns,
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~ALL'], exclude: [] } },
      rules,
    },
  };
}
