import { inferStage, type StageCandidate } from '../core/status/infer-stage.js';
import { countDivergence } from './count-divergence.js';

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
export async function inferStageFromHistory(tip: string, stages: readonly StageRef[], cwd: string): Promise<HistoryInference> {
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
