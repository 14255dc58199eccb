import type { BadCommit } from './judge-commits.js';

/**
 * Where the interactive rebase that rewords `oldest` and the commits after it starts: at the root,
 * or at the oldest's parent. `keepMerges` when the commits rebased hold a merge (a work branch that
 * took in its stage): a plain rebase would flatten the merge and copy the stage's commits onto the
 * branch, so the rebase must recreate merges (`--rebase-merges`).
 */
export type RewordStart = { root: true } | { root: false; parentOf: string; keepMerges: boolean };

export function rewordStart(oldest: BadCommit, keepMerges: boolean): RewordStart {
  return oldest.isRoot ? { root: true } : { root: false, parentOf: oldest.sha, keepMerges };
}

/** Whether any commit of `parents` that `tip` reaches is a merge (two or more parents). */
export function reachesMerge(parents: ReadonlyMap<string, readonly string[]>, tip: string): boolean {
  const seen = new Set<string>();
  const stack = [tip];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (seen.has(sha) || !parents.has(sha)) continue;
    seen.add(sha);
    const above = parents.get(sha)!;
    if (above.length > 1) return true;
    stack.push(...above);
  }
  return false;
}
