import type { BranchInfo } from '../core/branch/classify-branch.js';
import { engineerSlug, suggestBranchName } from '../core/branch/suggest-branch.js';
import type { UnknownBranch } from '../core/check/unknown-branch.js';
import type { Config } from '../core/config/types.js';
import { excerpt } from '../core/excerpt.js';
import type { AutosquashCommit } from '../core/message/autosquash-commits.js';
import type { BadCommit } from '../core/message/judge-commits.js';
import type { RewordStart } from '../core/message/reword-start.js';
import type { RouteVerdict } from '../core/route/judge-route.js';
import { catchUpBranch } from '../core/status/catch-up-branch.js';
import { githubAnnotation } from './annotation.js';
import { badCommitLines, rewordCommand } from './bad-commit-text.js';
import { invalidReason, strategyLine } from './branch-text.js';
import { mainIntoStageCommands } from './catch-up-text.js';
import pc from './colors.js';
import { type Fix, shellQuote as q, renderReport } from './render.js';

/** One failed check, in words: what is wrong, why, and what to do. */
export interface Finding {
  check: 'branch' | 'route' | 'commits';
  title: string;
  details: string[];
  fixes: Fix[];
}

type InvalidBranch = Extract<BranchInfo, { kind: 'invalid' }>;

/** `engineer`: the name of whoever runs the check (readEngineer), for the suggested work branch. */
export function branchFinding(branch: InvalidBranch, config: Config, engineer: string | undefined): Finding {
  const suggestion = suggestBranchName(branch, config.branches, engineer);
  const remote = config.remote;
  return {
    check: 'branch',
    title: `the branch name "${branch.name}" does not follow the strategy`,
    details: [`Why: ${invalidReason(branch, config.branches)}`, strategyLine(config.branches)],
    fixes: [
      {
        say: 'Rename it and publish it under the new name:',
        commands: [
          `git branch -m ${q(branch.name)} ${q(suggestion)}`,
          `git push -u ${q(remote)} ${q(suggestion)}`,
          `git push ${q(remote)} --delete ${q(branch.name)}`,
        ],
      },
    ],
  };
}

export function routeFinding(
  verdict: Extract<RouteVerdict, { allowed: false }>,
  config: Config,
  headStage: string | undefined,
  engineerName: string | undefined,
): Finding {
  const { branches, remote } = config;
  const head = verdict.head.name;
  const base = verdict.base.name;
  const main = branches.main;
  const stage = headStage ?? `${branches.stagePrefix}<stage-name>`;
  const title = `a pull request from ${head} into ${base} is not a route the strategy allows`;
  const routes = `The routes are: ${branches.workPrefix}* → ${branches.stagePrefix}*, ${branches.workPrefix}* → ${branches.workPrefix}* (interdependent work), ${branches.stagePrefix}* → ${main}.`;
  const engineer = verdict.head.kind === 'work' ? verdict.head.engineer : engineerSlug(engineerName);
  const finding = (details: string[], fixes: Fix[]): Finding => ({
    check: 'route',
    title,
    details: [...details, routes],
    fixes,
  });

  switch (verdict.why) {
    case 'head-invalid':
    case 'base-invalid': {
      const branch = (verdict.why === 'head-invalid' ? verdict.head : verdict.base) as InvalidBranch;
      const named = branchFinding(branch, config, engineerName);
      return { ...named, check: 'route', title, details: [`Why: ${invalidReason(branch, branches)}`, routes] };
    }
    case 'same-branch':
      return finding([`${head} cannot be merged into itself.`], []);
    case 'work-into-main':
      return finding(
        [`${main} holds the live function's code; work reaches it only after it was deployed and tested on its stage.`],
        [
          {
            say: `Change the pull request's base to the stage ${head} was cut from, then open ${stage} → ${main} once it is tested:`,
            commands: [`${head} → ${stage}`, `${stage} → ${main}`],
          },
        ],
      );
    case 'stage-into-stage':
      return finding(
        [`A stage goes only into ${main}; each stage is a feature deployed on its own.`],
        [
          { say: `Open ${head} into ${main} instead:`, commands: [`${head} → ${main}`] },
          {
            say: `To share work with ${base}, open a pull request from the work branch into it:`,
            commands: [`${branches.workPrefix}<engineer>/<change> → ${base}`],
          },
        ],
      );
    case 'stage-into-work':
    case 'main-into-work':
      return finding(
        [`A work branch takes the newest ${head} by a merge on the engineer's machine, not by a pull request.`],
        [
          {
            say: `Catch ${base} up locally:`,
            commands: [`git switch ${q(base)}`, `git pull ${q(remote)} ${q(head)}`, 'git push'],
          },
        ],
      );
    case 'main-into-stage': {
      const branch = catchUpBranch(branches, engineer, verdict.base.kind === 'stage' ? verdict.base.stage : 'stage');
      return finding(
        [`${base} changes only by pull requests from work branches; ${main} reaches it through one.`],
        [
          {
            say: `Bring ${main} into a work branch cut from ${base}, push it, and open it into ${base}:`,
            commands: [
              ...mainIntoStageCommands(branch, `${remote}/${base}`, `${remote}/${main}`, remote),
              `${branch} → ${base}`,
            ],
          },
        ],
      );
    }
    case 'not-a-route':
      return finding(
        [`${head} is a ${verdict.head.kind} branch and ${base} a ${verdict.base.kind} branch; no route joins them.`],
        [],
      );
  }
}

/** `start`: where the reword of the oldest of `bad` begins (rewordStart). */
export function commitsFinding(range: string, count: number, bad: readonly BadCommit[], start: RewordStart): Finding {
  return {
    check: 'commits',
    title: `${bad.length} of ${count} commit${count === 1 ? '' : 's'} in ${range} ${bad.length === 1 ? 'has a message' : 'have messages'} that do${bad.length === 1 ? 'es' : ''} not describe the change`,
    details: [
      ...badCommitLines(bad),
      'Every commit that reaches a stage or main carries a useful description; these were probably made with --no-verify.',
    ],
    fixes: [
      {
        say: 'On the work branch, reword them ("reword" instead of "pick" on each line listed above), then push with --force-with-lease:',
        commands: [rewordCommand(start), 'git push --force-with-lease'],
      },
    ],
  };
}

/** `fixup!`/`squash!`/`amend!` commits in a pull request: the autosquash rebase was never run. */
export function autosquashFinding(
  range: string,
  count: number,
  markers: readonly AutosquashCommit[],
  rebaseBase: string,
): Finding {
  return {
    check: 'commits',
    title: `${markers.length} of ${count} commit${count === 1 ? '' : 's'} in ${range} ${markers.length === 1 ? 'is a fixup!/squash!/amend! commit' : 'are fixup!/squash!/amend! commits'} not yet folded in`,
    details: [
      ...markers
        .slice(0, 20)
        .map((commit) => `${pc.yellow(commit.sha.slice(0, 12))} ${JSON.stringify(excerpt(commit.subject))}`),
      ...(markers.length > 20 ? [`... and ${markers.length - 20} more`] : []),
      'They are fine on a work branch, but a stage gets each change once, folded into the commit it fixes.',
    ],
    fixes: [
      {
        say: 'On the work branch, fold them into their commits (keep the lines as git orders them), then push with --force-with-lease:',
        commands: [`git rebase -i --autosquash ${q(rebaseBase)}`, 'git push --force-with-lease'],
      },
    ],
  };
}

/**
 * A range end that names no commit here. In a shallow clone it may be history the clone lacks;
 * in a complete one it is a typo or a branch not fetched, and `--unshallow` would fail.
 */
export function unreadableRangeFinding(
  range: string,
  gitError: string,
  why: { unknown: readonly string[]; shallow: boolean; repository: boolean },
  remote: string,
  cwd: string,
): Finding {
  const title = `cannot read the commits of ${range}`;
  if (!why.repository) {
    return {
      check: 'commits',
      title: `${title}: ${cwd} is not in a git repository`,
      details: ['--range names commits of the clone it runs in.'],
      fixes: [
        {
          say: 'Run it inside the clone, e.g.:',
          commands: [`cd path/to/your/clone && npx stageflow check --range ${q(range)}`],
        },
      ],
    };
  }
  if (why.shallow) {
    return {
      check: 'commits',
      title,
      details: [`git said: ${gitError}`, 'Both ends must be commits of this clone; a shallow CI checkout lacks them.'],
      fixes: [
        {
          say: 'Fetch the whole history: in GitHub Actions, actions/checkout with fetch-depth: 0; in GitLab CI, the variable GIT_DEPTH: 0; here:',
          commands: ['git fetch --unshallow'],
        },
      ],
    };
  }
  const names = why.unknown.length > 0 ? why.unknown : [range];
  return {
    check: 'commits',
    title,
    details: [...names.map((name) => `\`${name}\` is not a commit or branch here.`), `git said: ${gitError}`],
    fixes: [
      { say: 'List the branches this clone knows, and give one of them:', commands: ['git branch -a'] },
      { say: `If it is a branch only on ${remote}, fetch it first:`, commands: [`git fetch ${q(remote)}`] },
    ],
  };
}

export function renderFinding(finding: Finding): string {
  return renderReport({ title: `check failed: ${finding.title}`, details: finding.details, fixes: finding.fixes });
}

export function annotateFinding(finding: Finding): string {
  const fixes = finding.fixes.flatMap((fix) => [fix.say, ...fix.commands.map((command) => `    ${command}`)]);
  return githubAnnotation(
    'error',
    `stageflow ${finding.check}: ${finding.title}`,
    [...finding.details, ...fixes].join('\n'),
  );
}

const PLAN_PROBLEMS = {
  'bad-range':
    'the range must read <base>..<head>, e.g. origin/stage/login..HEAD (two dots; neither side may start with "-").',
  'pr-unknown':
    'a pull request check needs both branches: --base <branch> --head <branch> (or run it in GitHub Actions or GitLab CI, which name them).',
  'nothing-to-check':
    'nothing to check: give --branch, --range or --pr, or run it in a GitHub Actions pull_request job or a GitLab merge request pipeline.',
} as const;

/** Why the flags (or the CI) give `stageflow check` nothing it can check. */
export function planProblemText(problem: keyof typeof PLAN_PROBLEMS): string {
  return PLAN_PROBLEMS[problem];
}

export const CHECK_USAGE = `Usage: stageflow check [--branch <name>] [--range <base>..<head>] [--pr --base <branch> --head <branch>] [--json]
       stageflow check --message "<subject>" [--json]
  With no option in GitHub Actions or GitLab CI, checks the pull request the pipeline runs for:
  its route, its branch names and the messages of its commits.
  --message prints each commit message rule's verdict on a message, without committing.`;

/** A branch given to `--base`/`--head` that is no branch here or on the remote; `again` is the command with the closest one. */
export function unknownBranchFinding(
  flag: string,
  branch: UnknownBranch,
  remote: string,
  again: string | undefined,
): Finding {
  return {
    check: 'route',
    title: `${flag} ${branch.name}: there is no such branch here or on ${remote}${branch.closest !== undefined ? `; did you mean ${branch.closest}?` : ''}`,
    details: ['A pull request joins two branches that exist; a typo would pass the route check unnoticed.'],
    fixes: [
      ...(again !== undefined ? [{ say: `Check the pull request with ${branch.closest}:`, commands: [again] }] : []),
      {
        say: `List the branches this clone knows (fetch ${remote} first for the newest):`,
        commands: [`git fetch ${q(remote)}`, 'git branch -a'],
      },
    ],
  };
}
