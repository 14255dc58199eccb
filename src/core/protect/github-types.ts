import type { components, operations } from '@octokit/openapi-types';

/**
 * GitHub's own description of the endpoints (a devDependency: types only, erased by the build), so
 * `tsc --noEmit` rejects a ruleset body GitHub would not take.
 */
export type RulesetRequest = operations['repos/create-repo-ruleset']['requestBody']['content']['application/json'];
export type Rule = components['schemas']['repository-rule'];
/** What `gh api repos/{owner}/{repo}/rulesets/{id}` returns. */
export type Ruleset = components['schemas']['repository-ruleset'];
