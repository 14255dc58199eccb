import type { CommitFix, CommitRefusal, Operation } from '../core/branch/choose-commit-fix.js';
import type { Config } from '../core/config/types.js';
import { invalidReason, protectedBranchLine, strategyLine } from './branch-text.js';
import { COMMIT_BYPASS, MERGE_BYPASS } from './bypass-text.js';
import { type Fix, renderNotice, renderReport, shellQuote } from './render.js';

const MERGE_LEFT =
  'git has not committed the merge: it is left in progress, the merged changes staged (git status says "still merging").';

/** A refused commit (or, with `merge`, pre-merge-commit's merge commit), worded from chooseCommitFix. */
export function commitBlockedText(
  refusal: CommitRefusal,
  config: Config,
  operation: Operation | undefined,
  merge: boolean,
): string {
  const { branches } = config;
  const blocked = merge ? 'merge commit blocked' : 'commit blocked';
  const footnote = merge ? MERGE_BYPASS : COMMIT_BYPASS;
  const left = merge ? [MERGE_LEFT] : [];
  const fixes = refusal.fixes.flatMap((fix) => commitFixText(fix, config, merge));
  switch (refusal.why) {
    case 'detached':
      return renderReport({
        title: `${blocked}: HEAD is detached${operation && !merge ? ` during a ${operation}` : ''}, so the commit would belong to no branch`,
        details: [
          strategyLine(branches),
          'Commits are made on a work branch, where they can be pushed and reviewed.',
          ...left,
        ],
        fixes,
        footnote,
      });
    case 'invalid-name':
      return renderReport({
        title: `${blocked}: the branch name "${refusal.branch.name}" does not follow the strategy`,
        details: [`Why: ${invalidReason(refusal.branch, branches)}`, strategyLine(branches), ...left],
        fixes,
        footnote,
      });
    case 'protected': {
      const { branch } = refusal;
      return renderReport({
        title: `${blocked}: ${branch.name} takes no direct commits${merge ? ', merge commits included' : ''}`,
        details: [
          protectedBranchLine(branch.name, branch.kind === 'stage' ? branch.stage : undefined, branches),
          ...left,
        ],
        fixes,
        footnote,
      });
    }
  }
}

function commitFixText(fix: CommitFix, config: Config, merge: boolean): Fix[] {
  const remote = shellQuote(config.remote);
  switch (fix.kind) {
    case 'create-work-here':
      return [
        {
          say: 'Create a work branch here (your changes come along), then commit again:',
          commands: [`git switch -c ${shellQuote(fix.work)}`],
        },
      ];
    case 'switch-to-work':
      return [
        {
          say: `Move to a work branch${fix.cutFrom === undefined ? '' : ` cut from ${fix.cutFrom}`} (staged and unstaged changes come along), then commit again:`,
          commands: [`git switch -c ${shellQuote(fix.work)}`],
        },
      ];
    case 'start-work':
      return [{ say: 'Or pick a stage and name the branch interactively:', commands: ['npx stageflow start-work'] }];
    case 'abort-operation':
      return [
        {
          say: `First stop the ${fix.operation}; ${fix.branch} goes back to how it was before it:`,
          commands: [`git ${fix.operation} --abort`],
        },
      ];
    case 'rename-branch':
      return [
        {
          say: `Rename the branch (commits and changes stay as they are), then ${merge ? 'merge' : 'commit'} again:`,
          commands: [`git branch -m ${shellQuote(fix.suggestion)}`],
        },
      ];
    case 'abort-merge':
      return [
        { say: `Stop the merge; ${fix.into} goes back to how it was before it:`, commands: ['git merge --abort'] },
      ];
    case 'stage-pr-into-main':
      return [
        {
          say: `${fix.into} takes a stage only by a pull request: open one from ${fix.stage} into ${fix.into} on your git host (publish ${fix.stage} first if ${config.remote} does not have it).`,
          commands: [],
        },
      ];
    case 'publish-work-pr':
      return [
        {
          say: `Publish ${fix.work} and open a pull request from it into ${fix.into} on your git host:`,
          commands: [`git push -u ${remote} ${shellQuote(fix.work)}`],
        },
      ];
    case 'keep-merge':
      return keepMergeText(fix, config);
  }
}

/**
 * A merge in progress (conflicts resolved or not, or left by pre-merge-commit) moved whole to a new
 * work branch: git switch refuses to move it, and git checkout -b forgets MERGE_HEAD, but pointing
 * HEAD at a new branch made here keeps MERGE_HEAD, the index and the tree. Aborting loses the resolution.
 */
function keepMergeText(fix: Extract<CommitFix, { kind: 'keep-merge' }>, config: Config): Fix[] {
  const { work, from, prInto } = fix;
  const into =
    prInto === undefined
      ? undefined
      : 'into' in prInto
        ? prInto.into
        : `your stage (${config.branches.stagePrefix}<stage-name>); the stage reaches ${prInto.stageFor} by its own pull request`;
  return [
    {
      say: 'Keep the merge, your resolution included: put it on a new work branch and commit it there (git switch cannot move a merge in progress):',
      commands: [
        `git branch ${shellQuote(work)}`,
        `git symbolic-ref HEAD ${shellQuote(`refs/heads/${work}`)}`,
        'git commit --no-edit',
      ],
    },
    ...(into
      ? [
          {
            say: `Then push the work branch and open a pull request from it into ${into}:`,
            commands: [`git push -u ${shellQuote(config.remote)} ${shellQuote(work)}`],
          },
        ]
      : []),
    {
      say: `Or start over, losing the merge and its resolution; ${from === 'HEAD' ? 'HEAD goes' : `${from} goes`} back to how it was before it:`,
      commands: ['git merge --abort'],
    },
  ];
}

export function firstCommitNotice(branchName: string, config: Config): string {
  const rename =
    branchName === config.branches.main
      ? ''
      : ` Rename the branch to ${config.branches.main} with: git branch -m ${shellQuote(config.branches.main)}`;
  return renderNotice(
    `first commit of this repository, allowed on "${branchName}" so the team can bootstrap. From now on, commits go to ${config.branches.workPrefix}<engineer>/<change> branches.${rename}`,
  );
}
