import { type BranchInfo, classifyBranch } from '../branch/classify-branch.js';
import type { BranchConfig } from '../config/types.js';

export type AllowedRoute = 'work-into-stage' | 'work-into-work' | 'stage-into-main' | 'main-into-stage';

export type RefusedRoute =
  /** The branch the pull request comes from has a name outside the strategy. */
  | 'head-invalid'
  /** The branch it goes into has a name outside the strategy. */
  | 'base-invalid'
  | 'same-branch'
  /** work/* straight into main: it must pass through its stage first. */
  | 'work-into-main'
  /** One stage into another: stages only go into main. */
  | 'stage-into-stage'
  /** A stage into a work branch: a work branch catches up locally, by merge. */
  | 'stage-into-work'
  /** main into a stage: main reaches a stage through a work branch, unless the config allows it. */
  | 'main-into-stage'
  | 'main-into-work'
  /** Anything else (a bot branch, a branch into an allowed name). */
  | 'not-a-route';

export type RouteVerdict =
  | { allowed: true; why: AllowedRoute; head: BranchInfo; base: BranchInfo }
  | { allowed: false; why: RefusedRoute; head: BranchInfo; base: BranchInfo };

export interface RouteOptions {
  /** The team lets main reach a stage by a pull request of its own (`sync.mainIntoStage: "pull-request"`). */
  mainIntoStage?: boolean;
}

/**
 * Whether a pull request from `head` into `base` follows the strategy: work/* into stage/*,
 * work/* into another work/* (interdependent work), stage/* into main, and main into stage/* when
 * the config allows it. Judged on names alone.
 */
export function judgeRoute(
  head: string,
  base: string,
  branches: BranchConfig,
  options: RouteOptions = {},
): RouteVerdict {
  const from = classifyBranch(head, branches);
  const into = classifyBranch(base, branches);
  const verdict = (why: AllowedRoute | RefusedRoute): RouteVerdict =>
    ALLOWED.has(why) || (why === 'main-into-stage' && options.mainIntoStage === true)
      ? { allowed: true, why: why as AllowedRoute, head: from, base: into }
      : { allowed: false, why: why as RefusedRoute, head: from, base: into };

  if (from.kind === 'invalid') return verdict('head-invalid');
  if (into.kind === 'invalid') return verdict('base-invalid');
  if (head === base) return verdict('same-branch');
  const route = `${from.kind}-into-${into.kind}`;
  return verdict(KNOWN.has(route) ? (route as AllowedRoute | RefusedRoute) : 'not-a-route');
}

const ALLOWED = new Set<string>(['work-into-stage', 'work-into-work', 'stage-into-main']);
const KNOWN = new Set<string>([
  ...ALLOWED,
  'work-into-main',
  'stage-into-stage',
  'stage-into-work',
  'main-into-stage',
  'main-into-work',
]);
