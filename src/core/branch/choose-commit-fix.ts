import type { BranchConfig } from '../config/types.js';
import { type BranchInfo, classifyBranch } from './classify-branch.js';
import type { CommitVerdict } from './judge-commit.js';
import { engineerSlug, freeBranchName, suggestBranchName, suggestWorkBranch } from './suggest-branch.js';

/** An operation git has in progress (see readHead). */
export type Operation = 'rebase' | 'am' | 'merge' | 'cherry-pick' | 'revert';

/** What choosing a refused commit's fixes rests on, gathered once by the hook. */
export interface CommitFacts {
  branches: BranchConfig;
  engineerName: string | undefined;
  /** The operation in progress; `merge` for pre-merge-commit too. */
  operation: Operation | undefined;
  /** pre-merge-commit: `git merge` making its merge commit itself. */
  merge: boolean;
  /** Whether a branch name is taken: the suggested names avoid those. */
  taken: (name: string) => boolean;
  /** The branch the merge in progress brings in (mergedBranch), when known. */
  merged: string | undefined;
}

export type CommitFix =
  /** Detached: a work branch made where HEAD is. */
  | { kind: 'create-work-here'; work: string }
  /** A work branch cut from the protected branch (`cutFrom`; undefined for main). */
  | { kind: 'switch-to-work'; work: string; cutFrom: string | undefined }
  | { kind: 'start-work' }
  /** Stop the operation first: the branch goes back to how it was. */
  | { kind: 'abort-operation'; operation: Operation; branch: string }
  | { kind: 'rename-branch'; suggestion: string }
  /**
   * The merge in progress carried whole to a new work branch, then (`prInto`) a pull request: into
   * a named branch, or into a stage for main. `from` goes back to how it was if aborted instead.
   */
  | { kind: 'keep-merge'; work: string; from: string; prInto: { into: string } | { stageFor: string } | undefined }
  | { kind: 'abort-merge'; into: string }
  /** main takes a stage only by pull request. */
  | { kind: 'stage-pr-into-main'; stage: string; into: string }
  /** A stage takes a work branch by pull request: publish it. */
  | { kind: 'publish-work-pr'; work: string; into: string };

export type CommitRefusal =
  | { why: 'detached'; fixes: CommitFix[] }
  | { why: 'invalid-name'; branch: Extract<BranchInfo, { kind: 'invalid' }>; fixes: CommitFix[] }
  | { why: 'protected'; branch: Exclude<BranchInfo, { kind: 'invalid' }>; fixes: CommitFix[] };

/** Why a commit is refused and the fixes that apply, from the verdict and the facts. */
export function chooseCommitFix(
  verdict: Extract<CommitVerdict, { allowed: false }>,
  facts: CommitFacts,
): CommitRefusal {
  const { branches, operation, taken } = facts;
  const work = freeBranchName(suggestWorkBranch(branches, engineerSlug(facts.engineerName), ''), taken);
  const branch = verdict.branch;
  if (verdict.why === 'detached' || branch === undefined) {
    return {
      why: 'detached',
      fixes: operation === 'merge' ? keepMerge(work, 'HEAD', undefined) : [{ kind: 'create-work-here', work }],
    };
  }
  // Mid-operation, the branch must be put back before anything else is done to it; a merge can
  // instead be carried to another branch whole, and a branch renamed in the middle of one.
  const abort: CommitFix[] =
    operation && operation !== 'merge' ? [{ kind: 'abort-operation', operation, branch: branch.name }] : [];
  if (branch.kind === 'invalid') {
    return {
      why: 'invalid-name',
      branch,
      fixes: [
        ...abort,
        {
          kind: 'rename-branch',
          suggestion: freeBranchName(suggestBranchName(branch, branches, facts.engineerName), taken),
        },
      ],
    };
  }
  const isMain = branch.kind === 'main';
  const fixes: CommitFix[] =
    operation === 'merge'
      ? mergeFixes(branch.name, isMain, work, facts)
      : [
          ...abort,
          { kind: 'switch-to-work', work, cutFrom: isMain ? undefined : branch.name },
          ...(isMain ? [{ kind: 'start-work' } as const] : []),
        ];
  return { why: 'protected', branch, fixes };
}

/**
 * main takes a stage by pull request, a stage takes a work branch by pull request: the route
 * check --pr allows. A resolution (a merge left by a conflict) is kept by carrying the merge to a work branch.
 */
function mergeFixes(
  into: string,
  isMain: boolean,
  work: string,
  { branches, merged, merge }: CommitFacts,
): CommitFix[] {
  const mergedKind = merged === undefined ? undefined : classifyBranch(merged, branches).kind;
  if (isMain && mergedKind === 'stage' && merged)
    return [
      { kind: 'abort-merge', into },
      { kind: 'stage-pr-into-main', stage: merged, into },
    ];
  if (!isMain && mergedKind === 'work' && merged && merge)
    return [
      { kind: 'abort-merge', into },
      { kind: 'publish-work-pr', work: merged, into },
    ];
  return keepMerge(work, into, isMain ? { stageFor: into } : { into });
}

function keepMerge(
  work: string,
  from: string,
  prInto: { into: string } | { stageFor: string } | undefined,
): CommitFix[] {
  return [{ kind: 'keep-merge', work, from, prInto }];
}
