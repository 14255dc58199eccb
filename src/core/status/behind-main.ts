import { classifyBranch } from '../branch/classify-branch.js';
import type { BranchConfig } from '../config/types.js';
import { type PairCount, pairKey } from './count-pairs.js';

export interface SharedTip {
  /** The branch name, e.g. `stage/login`. */
  branch: string;
  sha: string;
}

export interface BehindBranch {
  branch: string;
  /** main's commits the branch does not have. */
  behind: number;
  /** The branch's commits main does not have yet. */
  ahead: number;
}

export interface BehindMainReport {
  main: string;
  mainSha: string;
  stages: BehindBranch[];
  /** Work branches with work of their own not in main yet, and main's new commits missing. */
  work: BehindBranch[];
}

/** The stage and work branches `tips` against main: each pair of tips to count, then the report from the counts. */
export function behindMainPairs(tips: readonly SharedTip[], mainSha: string): [string, string][] {
  return tips.filter((tip) => tip.sha !== mainSha).map((tip) => [tip.sha, mainSha]);
}

/**
 * Which stages and open work branches main has moved past: the announcement the strategy asks for
 * once main is updated. A stage counts whenever it lacks main's commits; a work branch only while
 * it is open (it holds commits main does not), since merged work has nothing left to update.
 */
export function behindMain(
  main: SharedTip,
  tips: readonly SharedTip[],
  counts: ReadonlyMap<string, PairCount>,
  branches: BranchConfig,
): BehindMainReport {
  const stages: BehindBranch[] = [];
  const work: BehindBranch[] = [];
  for (const tip of [...tips].sort((a, b) => a.branch.localeCompare(b.branch))) {
    const kind = classifyBranch(tip.branch, branches).kind;
    if (kind !== 'stage' && kind !== 'work') continue;
    const count = tip.sha === main.sha ? { leftOnly: 0, rightOnly: 0 } : counts.get(pairKey(tip.sha, main.sha));
    if (count === undefined || count.rightOnly === 0) continue;
    const row = { branch: tip.branch, behind: count.rightOnly, ahead: count.leftOnly };
    if (kind === 'stage') stages.push(row);
    else if (row.ahead > 0) work.push(row);
  }
  return { main: main.branch, mainSha: main.sha, stages, work };
}
