export interface StageCandidate {
  /** The stage branch, e.g. `stage/login`. */
  branch: string;
  /** Commits the work branch has and this stage does not. */
  workOnly: number;
}

export type Inference = { found: true; branch: string } | { found: false; candidates: string[] };

/**
 * The stage a work branch was most likely cut from: the one it shares the most history with,
 * i.e. the fewest commits of its own beyond that stage. A tie (two stages cut from the same main,
 * neither with commits yet) cannot be told apart from the history alone.
 */
export function inferStage(candidates: readonly StageCandidate[]): Inference {
  if (candidates.length === 0) return { found: false, candidates: [] };
  const fewest = Math.min(...candidates.map((candidate) => candidate.workOnly));
  const nearest = candidates.filter((candidate) => candidate.workOnly === fewest).map((candidate) => candidate.branch);
  return nearest.length === 1 ? { found: true, branch: nearest[0]! } : { found: false, candidates: nearest.sort() };
}
