/** A commit as `git rev-list --parents` prints it: its id, then its parents'. */
export interface GraphCommit {
  sha: string;
  parents: string[];
}

export function parseRevListParents(output: string): GraphCommit[] {
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', ...parents] = line.split(' ');
      return { sha, parents };
    });
}

export interface PairCount {
  /** Commits only the left tip reaches. */
  leftOnly: number;
  /** Commits only the right tip reaches. */
  rightOnly: number;
}

export const pairKey = (left: string, right: string) => `${left}...${right}`;

/**
 * `git rev-list --left-right --count left...right` for many pairs at once, from one walk: `commits`
 * are those the tips reach and the tips' common ancestors do not, children before parents
 * (`--topo-order`). A commit outside it is reached by every tip, so it counts for no pair.
 * Each commit carries a bit per tip that reaches it, passed on from children to parents.
 */
export function countPairs(
  commits: readonly GraphCommit[],
  pairs: readonly (readonly [string, string])[],
): Map<string, PairCount> {
  const tips = [...new Set(pairs.flat())];
  const bit = new Map(tips.map((sha, index) => [sha, index]));
  const words = Math.max(1, Math.ceil(tips.length / 32));
  const masks = new Map<string, Uint32Array>();
  const maskOf = (sha: string) => {
    let mask = masks.get(sha);
    if (!mask) {
      mask = new Uint32Array(words);
      masks.set(sha, mask);
    }
    return mask;
  };
  for (const [sha, index] of bit) maskOf(sha)[index >>> 5]! |= 1 << (index & 31);
  for (const commit of commits) {
    const mask = maskOf(commit.sha);
    for (const parent of commit.parents) {
      const into = maskOf(parent);
      for (let word = 0; word < words; word++) into[word]! |= mask[word]!;
    }
  }

  const inWalk = new Set(commits.map((commit) => commit.sha));
  const has = (mask: Uint32Array, index: number) => (mask[index >>> 5]! & (1 << (index & 31))) !== 0;
  const counts = new Map<string, PairCount>();
  for (const [left, right] of pairs) {
    const l = bit.get(left)!;
    const r = bit.get(right)!;
    let leftOnly = 0;
    let rightOnly = 0;
    for (const sha of inWalk) {
      const mask = masks.get(sha)!;
      const fromLeft = has(mask, l);
      const fromRight = has(mask, r);
      if (fromLeft && !fromRight) leftOnly++;
      else if (fromRight && !fromLeft) rightOnly++;
    }
    counts.set(pairKey(left, right), { leftOnly, rightOnly });
  }
  return counts;
}

/**
 * Whether `tip`, an ancestor of `main`, came into it by a merge rather than lying on main's own
 * (first-parent) line, read from the walk countPairs used; undefined when the walk does not hold
 * `tip` (every tip reaches it), and only git can tell.
 */
export function mergedFromWalk(commits: readonly GraphCommit[], tip: string, main: string): boolean | undefined {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  if (!bySha.has(tip)) return undefined;
  for (let at: string | undefined = main; at !== undefined && bySha.has(at); at = bySha.get(at)!.parents[0])
    if (at === tip) return false;
  return true;
}
