import type { Config } from '../config/types.js';
import { classifyBranch } from '../core/branch/classify-branch.js';
import type { CommitVerdict } from '../core/branch/judge-commit.js';
import { engineerSlug, freeBranchName, suggestBranchName, suggestWorkBranch } from '../core/branch/suggest-branch.js';
import type { Operation } from '../git/repository.js';
import { invalidReason, protectedBranchLine, strategyLine } from './branch-text.js';
import { COMMIT_BYPASS, MERGE_BYPASS } from './bypass-text.js';
import { renderNotice, renderReport, shellQuote, type Fix } from './render.js';

const MERGE_LEFT = 'git has not committed the merge: it is left in progress, the merged changes staged (git status says "still merging").';

/** `what` is 'merge' for pre-merge-commit: `git merge` making its merge commit itself. */
export function commitBlockedText(
  verdict: Extract<CommitVerdict, { allowed: false }>,
  config: Config,
  engineerName: string | undefined,
  operation: Operation | undefined,
  what: 'commit' | 'merge' = 'commit',
  /** Whether a branch name is taken: the suggested names avoid those. */
  taken: (name: string) => boolean = () => false,
  /** The branch the merge in progress brings in (mergedBranch), when known. */
  merged?: string,
): string {
  const { branches } = config;
  const engineer = engineerSlug(engineerName);
  const branch = verdict.branch;
  const merge = what === 'merge';
  const blocked = merge ? 'merge commit blocked' : 'commit blocked';
  const footnote = merge ? MERGE_BYPASS : COMMIT_BYPASS;
  const left = merge ? [MERGE_LEFT] : [];

  if (verdict.why === 'detached' || branch === undefined) {
    const work = freeBranchName(suggestWorkBranch(branches, engineer, ''), taken);
    return renderReport({
      title: `${blocked}: HEAD is detached${operation && !merge ? ` during a ${operation}` : ''}, so the commit would belong to no branch`,
      details: [strategyLine(branches), 'Commits are made on a work branch, where they can be pushed and reviewed.', ...left],
      fixes:
        operation === 'merge'
          ? keepMergeFixes(work, 'HEAD', undefined, config.remote)
          : [{ say: 'Create a work branch here (your changes come along), then commit again:', commands: [`git switch -c ${shellQuote(work)}`] }],
      footnote,
    });
  }

  // Mid-operation, the branch must be put back before anything else is done to it; a merge can
  // instead be carried to another branch whole, and a branch renamed in the middle of one.
  const abort: Fix[] = operation && operation !== 'merge'
    ? [{ say: `First stop the ${operation}; ${branch.name} goes back to how it was before it:`, commands: [`git ${operation} --abort`] }]
    : [];

  if (branch.kind === 'invalid') {
    const suggestion = freeBranchName(suggestBranchName(branch, branches, engineerName), taken);
    return renderReport({
      title: `${blocked}: the branch name "${branch.name}" does not follow the strategy`,
      details: [`Why: ${invalidReason(branch, branches)}`, strategyLine(branches), ...left],
      fixes: [
        ...abort,
        {
          say: `Rename the branch (commits and changes stay as they are), then ${merge ? 'merge' : 'commit'} again:`,
          commands: [`git branch -m ${shellQuote(suggestion)}`],
        },
      ],
      footnote,
    });
  }

  const isMain = branch.kind === 'main';
  const work = freeBranchName(suggestWorkBranch(branches, engineer, ''), taken);
  return renderReport({
    title: `${blocked}: ${branch.name} takes no direct commits${merge ? ', merge commits included' : ''}`,
    details: [
      protectedBranchLine(branch.name, branch.kind === 'stage' ? branch.stage : undefined, branches),
      ...left,
    ],
    fixes:
      operation === 'merge'
        ? mergeFixes(branch.name, isMain, merged === undefined ? undefined : classifyBranch(merged, branches).kind)
        : [
            ...abort,
            {
              say: `Move to a work branch${isMain ? '' : ` cut from ${branch.name}`} (staged and unstaged changes come along), then commit again:`,
              commands: [`git switch -c ${shellQuote(work)}`],
            },
            ...(isMain ? [{ say: 'Or pick a stage and name the branch interactively:', commands: ['npx stageflow start-work'] }] : []),
          ],
    footnote,
  });

  /**
   * main takes a stage by pull request, a stage takes a work branch by pull request: the route
   * check --pr allows. A resolution (a merge left by a conflict) is kept by carrying the merge to a work branch.
   */
  function mergeFixes(into: string, isMain: boolean, mergedKind: string | undefined): Fix[] {
    const remote = shellQuote(config.remote);
    const abort = { say: `Stop the merge; ${into} goes back to how it was before it:`, commands: ['git merge --abort'] };
    if (isMain && mergedKind === 'stage' && merged) {
      return [abort, { say: `${into} takes a stage only by a pull request: open one from ${merged} into ${into} on your git host (publish ${merged} first if ${config.remote} does not have it).`, commands: [] }];
    }
    if (!isMain && mergedKind === 'work' && merged && merge) {
      return [abort, { say: `Publish ${merged} and open a pull request from it into ${into} on your git host:`, commands: [`git push -u ${remote} ${shellQuote(merged)}`] }];
    }
    return keepMergeFixes(work, into, isMain ? `your stage (${branches.stagePrefix}<stage-name>); the stage reaches ${into} by its own pull request` : into, config.remote);
  }
}

/**
 * A merge in progress (conflicts resolved or not, or left by pre-merge-commit) moved whole to a new
 * work branch: git switch refuses to move it, and git checkout -b forgets MERGE_HEAD, but pointing
 * HEAD at a new branch made here keeps MERGE_HEAD, the index and the tree. Aborting loses the resolution.
 */
function keepMergeFixes(work: string, from: string, prInto: string | undefined, remote: string): Fix[] {
  return [
    {
      say: 'Keep the merge, your resolution included: put it on a new work branch and commit it there (git switch cannot move a merge in progress):',
      commands: [`git branch ${shellQuote(work)}`, `git symbolic-ref HEAD ${shellQuote(`refs/heads/${work}`)}`, 'git commit --no-edit'],
    },
    ...(prInto ? [{ say: `Then push the work branch and open a pull request from it into ${prInto}:`, commands: [`git push -u ${shellQuote(remote)} ${shellQuote(work)}`] }] : []),
    { say: `Or start over, losing the merge and its resolution; ${from === 'HEAD' ? 'HEAD goes' : `${from} goes`} back to how it was before it:`, commands: ['git merge --abort'] },
  ];
}

export function firstCommitNotice(branchName: string, config: Config): string {
  const rename = branchName === config.branches.main ? '' : ` Rename the branch to ${config.branches.main} with: git branch -m ${shellQuote(config.branches.main)}`;
  return renderNotice(
    `first commit of this repository, allowed on "${branchName}" so the team can bootstrap. From now on, commits go to ${config.branches.workPrefix}<engineer>/<change> branches.${rename}`,
  );
}
