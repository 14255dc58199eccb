import type { Config } from '../config/types.js';
import type { CommitVerdict } from '../core/branch/judge-commit.js';
import { suggestBranchName, suggestWorkBranch, FALLBACK_ENGINEER } from '../core/branch/suggest-branch.js';
import { slugify } from '../core/branch/slugify.js';
import type { Operation } from '../git/repository.js';
import { invalidReason, strategyLine } from './branch-text.js';
import { renderNotice, renderReport, shellQuote, type Fix } from './render.js';

const COMMIT_BYPASS = 'Bypass once, only if you must: git commit --no-verify';

export function commitBlockedText(
  verdict: Extract<CommitVerdict, { allowed: false }>,
  config: Config,
  engineerName: string | undefined,
  operation: Operation | undefined,
): string {
  const { branches } = config;
  const engineer = slugify(engineerName ?? '') || FALLBACK_ENGINEER;
  const branch = verdict.branch;

  if (verdict.why === 'detached' || branch === undefined) {
    return renderReport({
      title: `commit blocked: HEAD is detached${operation ? ` during a ${operation}` : ''}, so the commit would belong to no branch`,
      details: [strategyLine(branches), 'Commits are made on a work branch, where they can be pushed and reviewed.'],
      fixes: [{ say: 'Create a work branch here (your changes come along), then commit again:', commands: [`git switch -c ${shellQuote(suggestWorkBranch(branches, engineer, ''))}`] }],
      footnote: COMMIT_BYPASS,
    });
  }

  // Mid-operation, the branch must be put back before anything else is done to it.
  const abort: Fix[] = operation
    ? [{ say: `First stop the ${operation}; ${branch.name} goes back to how it was before it:`, commands: [`git ${operation} --abort`] }]
    : [];

  if (branch.kind === 'invalid') {
    const suggestion = suggestBranchName(branch, branches, engineerName);
    return renderReport({
      title: `commit blocked: the branch name "${branch.name}" does not follow the strategy`,
      details: [`Why: ${invalidReason(branch, branches)}`, strategyLine(branches)],
      fixes: [
        ...abort,
        { say: 'Rename the branch (commits and changes stay as they are), then commit again:', commands: [`git branch -m ${shellQuote(suggestion)}`] },
      ],
      footnote: COMMIT_BYPASS,
    });
  }

  const isMain = branch.kind === 'main';
  return renderReport({
    title: `commit blocked: ${branch.name} takes no direct commits`,
    details: [
      isMain
        ? `${branch.name} holds the code of the live function; it changes only by a pull request from a ${branches.stagePrefix}<stage-name> branch.`
        : `${branch.name} is deployed as the Serverless stage "${branch.kind === 'stage' ? branch.stage : ''}"; work reaches it only by pull requests from work branches.`,
    ],
    fixes: [
      ...abort,
      {
        say: `Move to a work branch${isMain ? '' : ` cut from ${branch.name}`} (staged and unstaged changes come along), then commit again:`,
        commands: [`git switch -c ${shellQuote(suggestWorkBranch(branches, engineer, ''))}`],
      },
      ...(isMain ? [{ say: 'Or pick a stage and name the branch interactively:', commands: ['npx stageflow start-work'] }] : []),
    ],
    footnote: COMMIT_BYPASS,
  });
}

export function firstCommitNotice(branchName: string, config: Config): string {
  const rename = branchName === config.branches.main ? '' : ` Rename the branch to ${config.branches.main} with: git branch -m ${shellQuote(config.branches.main)}`;
  return renderNotice(
    `first commit of this repository, allowed on "${branchName}" so the team can bootstrap. From now on, commits go to ${config.branches.workPrefix}<engineer>/<change> branches.${rename}`,
  );
}
