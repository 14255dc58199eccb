import type { BranchConfig } from '../core/config/types.js';
import type { BranchNames } from '../core/start/ref-tips.js';
import { inferStage, type StageCandidate } from '../core/status/infer-stage.js';
import { stageRefsOf } from '../core/status/stage-refs.js';
import type { WorkStageFound } from '../core/status/status-facts.js';
import { countDivergence } from './divergence.js';

/**
 * The stage of a work branch, as status and stage both tell it: the one start-work recorded when
 * that stage is known here or on the remote, else the one its history (`tip`) was cut from.
 */
export async function findWorkStage(
  recorded: string | undefined,
  tip: string,
  refs: BranchNames,
  branches: BranchConfig,
  remote: string,
  cwd: string,
): Promise<WorkStageFound> {
  if (recorded !== undefined && (refs.remote.has(recorded) || refs.local.has(recorded)))
    return { found: true, branch: recorded, source: 'recorded' };
  const inferred: HistoryInference = await inferStageFromHistory(tip, stageRefsOf(refs, branches, remote), cwd);
  return inferred.found ? { found: true, branch: inferred.branch, source: 'inferred' } : inferred;
}

export interface StageRef {
  /** `stage/login` */
  branch: string;
  /** What to compare with: `origin/stage/login`, or `stage/login` when only the local one is known. */
  ref: string;
}

export type HistoryInference =
  | { found: true; branch: string; ref: string; workOnly: number; stageOnly: number }
  | { found: false; candidates: string[] };

/**
 * The stage `tip` was most likely cut from (inferStage), with how far the two have gone apart.
 * One `rev-list --count` per stage branch, a few at a time: as many git processes as there are
 * stages, however many commits the branches hold.
 */
export async function inferStageFromHistory(
  tip: string,
  stages: readonly StageRef[],
  cwd: string,
): Promise<HistoryInference> {
  const counted: (StageCandidate & StageRef & { stageOnly: number })[] = [];
  for (let i = 0; i < stages.length; i += 8) {
    const batch = stages.slice(i, i + 8);
    const divergences = await Promise.all(batch.map((stage) => countDivergence(stage.ref, tip, cwd)));
    batch.forEach((stage, index) => {
      const divergence = divergences[index];
      if (divergence) counted.push({ ...stage, workOnly: divergence.rightOnly, stageOnly: divergence.leftOnly });
    });
  }
  const inference = inferStage(counted);
  if (!inference.found) return inference;
  const { branch, ref, workOnly, stageOnly } = counted.find((candidate) => candidate.branch === inference.branch)!;
  return { found: true, branch, ref, workOnly, stageOnly };
}
