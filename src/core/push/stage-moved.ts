import { inferStage } from '../status/infer-stage.js';
import { type CommitGraph, lagBehind, reachOf } from './stage-lag.js';

export interface PushedWork {
  /** The local work branch. */
  branch: string;
  sha: string;
}

export interface KnownStage {
  /** `stage/login` */
  branch: string;
  /** What to compare with: `origin/stage/login`, or `stage/login` when only the local one is known. */
  ref: string;
  sha: string;
}

export interface StageMoved {
  branch: string;
  /** The stage ref with commits the branch lacks, e.g. `origin/stage/login`. */
  stageRef: string;
}

/**
 * The pushed work branches whose stage has commits they lack. The stage is the one start-work
 * recorded (compared as the remote has it: `recordedTips`, by stage branch), else the one the
 * history points to (inferStage over `stages`). A recorded stage the remote lacks says nothing.
 */
export function stagesMoved(
  pushed: readonly PushedWork[],
  recorded: ReadonlyMap<string, string>,
  recordedTips: ReadonlyMap<string, { ref: string; sha: string }>,
  stages: readonly KnownStage[],
  graph: CommitGraph,
): StageMoved[] {
  const reaches = new Map<string, Set<string>>();
  const reach = (sha: string) => reaches.get(sha) ?? reaches.set(sha, reachOf(graph, sha)).get(sha)!;
  const lag = (tip: string, stageSha: string) => lagBehind(graph, tip, stageSha, reach(stageSha));
  const moved: StageMoved[] = [];
  for (const { branch, sha } of pushed) {
    const stage = recorded.get(branch);
    if (stage !== undefined) {
      const tip = recordedTips.get(stage);
      if (tip !== undefined && !lag(sha, tip.sha).hasStage) moved.push({ branch, stageRef: tip.ref });
      continue;
    }
    const lags = stages.map((known) => ({ ...known, ...lag(sha, known.sha) }));
    const inference = inferStage(lags);
    const chosen = inference.found ? lags.find((known) => known.branch === inference.branch)! : undefined;
    if (chosen && !chosen.hasStage) moved.push({ branch, stageRef: chosen.ref });
  }
  return moved;
}
