export interface PushedTip {
  /** The local branch pushed, when the ref line names one. */
  branch: string | undefined;
  sha: string;
}

/**
 * Which pushed branch holds each of `wanted` (newest first, as git log lists them), walking parents
 * through `parents`, the commits the push adds. A commit goes to the first branch, in push order,
 * that reaches it; commits no named branch reaches come under undefined. Groups keep `wanted`'s order.
 */
export function groupByBranch(
  parents: ReadonlyMap<string, readonly string[]>,
  tips: readonly PushedTip[],
  wanted: readonly string[],
): Map<string | undefined, string[]> {
  const owner = new Map<string, string | undefined>();
  const wantedSet = new Set(wanted);
  // A commit an earlier tip reached is that tip's, and so is all it reaches: each commit is walked once.
  const seen = new Set<string>();
  for (const tip of tips) {
    if (tip.branch === undefined) continue;
    const stack = [tip.sha];
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (seen.has(sha) || !parents.has(sha)) continue;
      seen.add(sha);
      if (wantedSet.has(sha) && !owner.has(sha)) owner.set(sha, tip.branch);
      stack.push(...parents.get(sha)!);
    }
  }
  const groups = new Map<string | undefined, string[]>();
  for (const sha of wanted) {
    const branch = owner.get(sha);
    const group = groups.get(branch);
    if (group) group.push(sha);
    else groups.set(branch, [sha]);
  }
  return groups;
}
