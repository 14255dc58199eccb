/** sha -> parents, as readCommitGraph lists them; a commit absent is shared by every tip. */
export type CommitGraph = ReadonlyMap<string, readonly string[]>;

/** Every commit of `graph` that `tip` reaches. */
export function reachOf(graph: CommitGraph, tip: string): Set<string> {
  const seen = new Set<string>();
  const stack = [tip];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (seen.has(sha) || !graph.has(sha)) continue;
    seen.add(sha);
    stack.push(...graph.get(sha)!);
  }
  return seen;
}

export interface Lag {
  /** Commits `tip` has and the stage does not. */
  workOnly: number;
  /** Whether `tip` holds the stage's tip, i.e. every commit of the stage. */
  hasStage: boolean;
}

/**
 * How `tip` stands against a stage, given the stage's tip and its reach (reachOf). The walk stops
 * where the stage's history begins, so it costs the commits of the tip's own.
 */
export function lagBehind(graph: CommitGraph, tip: string, stageTip: string, stageReach: ReadonlySet<string>): Lag {
  let hasStage = !graph.has(stageTip);
  const seen = new Set<string>();
  const stack = [tip];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (sha === stageTip) hasStage = true;
    if (seen.has(sha) || !graph.has(sha) || stageReach.has(sha)) continue;
    seen.add(sha);
    stack.push(...graph.get(sha)!);
  }
  return { workOnly: seen.size, hasStage };
}
