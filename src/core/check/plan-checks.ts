import type { CiContext, CommitRange } from './ci-context.js';
import { parseRange } from './parse-range.js';

export interface CheckFlags {
  branch?: string;
  range?: string;
  pr?: boolean;
  base?: string;
  head?: string;
}

/** What `stageflow check` will look at. */
export interface CheckPlan {
  branches: string[];
  pullRequest: { base: string; head: string } | undefined;
  range: CommitRange | undefined;
}

export type PlanResult =
  | { ok: true; plan: CheckPlan }
  | { ok: false; problem: 'bad-range' | 'pr-unknown' | 'nothing-to-check' };

/**
 * Flags first; what the CI says fills in `--pr` without `--base`/`--head`, and is the whole plan
 * when no flag is given: a pull request's route and commits, or a pushed branch's name.
 */
export function planChecks(flags: CheckFlags, ci: CiContext): PlanResult {
  const wantsPr = flags.pr === true || flags.base !== undefined || flags.head !== undefined;
  const anyFlag = wantsPr || flags.branch !== undefined || flags.range !== undefined;

  if (!anyFlag) {
    if (ci.pullRequest) {
      const { base, head, range } = ci.pullRequest;
      return { ok: true, plan: { branches: [], pullRequest: { base, head }, range } };
    }
    if (ci.branch) return { ok: true, plan: { branches: [ci.branch], pullRequest: undefined, range: undefined } };
    return { ok: false, problem: 'nothing-to-check' };
  }

  let range: CommitRange | undefined;
  if (flags.range !== undefined) {
    range = parseRange(flags.range);
    if (!range) return { ok: false, problem: 'bad-range' };
  }
  let pullRequest: CheckPlan['pullRequest'];
  if (wantsPr) {
    const base = flags.base ?? ci.pullRequest?.base;
    const head = flags.head ?? ci.pullRequest?.head;
    if (!base || !head) return { ok: false, problem: 'pr-unknown' };
    pullRequest = { base, head };
  }
  return { ok: true, plan: { branches: flags.branch !== undefined ? [flags.branch] : [], pullRequest, range } };
}
