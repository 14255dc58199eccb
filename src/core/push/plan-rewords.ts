import type { BadCommit } from '../message/judge-commits.js';
import { type RewordStart, reachesMerge, rewordStart } from '../message/reword-start.js';
import { groupByBranch, type PushedTip } from './group-by-branch.js';

export interface RewordStep {
  /** The pushed branch holding `commits`; undefined for commits only a tag or a bare id brings. */
  branch: string | undefined;
  /** Switch to `branch` first: it is not the branch checked out at that point. */
  switchFirst: boolean;
  /** Its bad commits, newest first. */
  commits: BadCommit[];
  start: RewordStart;
}

/**
 * The rewords that fix a push's bad commits, branch by branch: the checked-out branch first (its
 * rebase needs no switch), then the others in push order. `parents` holds the commits the push
 * adds; `tips` the pushed branches and tags, in push order.
 */
export function planRewords(
  badCommits: readonly BadCommit[],
  parents: ReadonlyMap<string, readonly string[]>,
  tips: readonly PushedTip[],
  currentBranch: string | undefined,
): RewordStep[] {
  const bySha = new Map(badCommits.map((commit) => [commit.sha, commit]));
  const groups = [
    ...groupByBranch(
      parents,
      tips,
      badCommits.map((commit) => commit.sha),
    ),
  ]
    .map(([branch, shas]) => ({ branch, commits: shas.map((sha) => bySha.get(sha)!) }))
    .sort((a, b) => Number(b.branch === currentBranch) - Number(a.branch === currentBranch));
  let current = currentBranch;
  return groups.map(({ branch, commits }) => {
    const tipShas = tips.filter((tip) => tip.branch === branch).map((tip) => tip.sha);
    const keepMerges =
      branch === undefined
        ? [...parents.values()].some((above) => above.length > 1)
        : tipShas.some((sha) => reachesMerge(parents, sha));
    const switchFirst = branch !== undefined && branch !== current;
    if (switchFirst) current = branch;
    return { branch, switchFirst, commits, start: rewordStart(commits[commits.length - 1]!, keepMerges) };
  });
}
