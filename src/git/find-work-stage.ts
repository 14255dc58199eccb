import type { BranchConfig } from '../config/types.js';
import type { BranchNames } from '../core/start/ref-tips.js';
import { stageRefsOf } from '../core/status/stage-refs.js';
import type { WorkStageFound } from '../core/status/status-facts.js';
import { inferStageFromHistory, type HistoryInference } from './infer-stage-from-history.js';

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
  if (recorded !== undefined && (refs.remote.has(recorded) || refs.local.has(recorded))) return { found: true, branch: recorded, source: 'recorded' };
  const inferred: HistoryInference = await inferStageFromHistory(tip, stageRefsOf(refs, branches, remote), cwd);
  return inferred.found ? { found: true, branch: inferred.branch, source: 'inferred' } : inferred;
}
