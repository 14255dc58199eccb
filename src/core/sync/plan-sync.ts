import type { SyncFacts } from './sync-facts.js';

/** One git operation that brings commits into the work branch. */
export type SyncStep =
  /** The stage's new commits, by the configured strategy. */
  | { kind: 'stage'; strategy: 'merge' | 'rebase'; ref: string; count: number }
  /** main, merged whatever the strategy: rebasing work onto main would skip the stage. */
  | { kind: 'main'; ref: string; count: number };

export type SyncPlan =
  | { kind: 'stage-merged'; branch: string; stage: string; mainRef: string }
  | { kind: 'node-modules-untracked' }
  | {
      kind: 'act';
      branch: string;
      stage: SyncFacts['stage'];
      /** Empty: already up to date. */
      steps: SyncStep[];
      /** Put the uncommitted changes aside first (untracked files too), bring them back after. */
      stash: boolean;
      /** main commits the stage lacks (0 when it has them all). */
      stageBehindMain: number;
      /** The stage is behind main and the config has main reach it by a pull request main → stage. */
      mainPullRequest?: { head: string; base: string; mainRef: string };
    };

/**
 * What sync does, from facts alone: the stage's new commits first (merge or rebase), then, when the
 * stage is behind main, main by the route the config allows: merged into this work branch, whose
 * pull request into the stage carries it, or a pull request main → stage of its own.
 */
export function planSync(facts: SyncFacts, mainBranch: string): SyncPlan {
  const { main, stage } = facts;
  if (main?.stageMerged) return { kind: 'stage-merged', branch: facts.branch, stage: stage.branch, mainRef: main.ref };
  // A stash would take an unignored node_modules away, and the hooks' stageflow with it.
  if (facts.changedPaths.some((path) => path === 'node_modules/' || path.startsWith('node_modules/')))
    return { kind: 'node-modules-untracked' };

  const steps: SyncStep[] = [];
  if (facts.stageOnly > 0)
    steps.push({ kind: 'stage', strategy: facts.sync.strategy, ref: stage.ref, count: facts.stageOnly });
  const stageBehindMain = main && main.stageBehind > 0 ? main.stageBehind : 0;
  const byPullRequest = facts.sync.mainIntoStage === 'pull-request';
  if (main && stageBehindMain > 0 && !byPullRequest && main.workLacks > 0)
    steps.push({ kind: 'main', ref: main.ref, count: main.workLacks });
  return {
    kind: 'act',
    branch: facts.branch,
    stage,
    steps,
    stash: steps.length > 0 && facts.changedPaths.length > 0,
    stageBehindMain,
    ...(main && stageBehindMain > 0 && byPullRequest
      ? { mainPullRequest: { head: mainBranch, base: stage.branch, mainRef: main.ref } }
      : {}),
  };
}
