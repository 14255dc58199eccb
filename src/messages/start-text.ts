import type { Operation } from '../core/branch/operation.js';
import type { BranchConfig } from '../core/config/types.js';
import type { StageBranchName } from '../core/start/stage-branch-name.js';
import type { StageEntry } from '../core/start/stage-list.js';
import type { NameProblem } from '../core/start/work-branch-name.js';
import { shellQuote as q, renderReport } from './render.js';
import { publishCommand } from './started-text.js';

const START_WORK_ARGS = 'start-work --stage <name> --change <name> [--engineer <name>] [--yes]';
const START_STAGE_ARGS = 'start-stage [<name>] [--push]';
export const START_WORK_USAGE = `Usage: stageflow ${START_WORK_ARGS}`;
export const START_STAGE_USAGE = `Usage: stageflow ${START_STAGE_ARGS}`;

export function startWorkHelp(): string {
  return `${START_WORK_USAGE}

Creates work/<engineer>/<change> from the newest of the local and the remote stage branch,
sets its upstream so that a plain \`git push\` publishes it, and switches to it. Uncommitted
changes come along. Run without flags in a terminal to be asked.

  --stage <name>      the stage to start from (login or stage/login)
  --change <name>     what the change is; slugified (Add login form -> add-login-form)
  --engineer <name>   your name; default: the one remembered, else git config user.name
  --yes               if the branch exists already, switch to it
`;
}

export function startStageHelp(): string {
  return `${START_STAGE_USAGE}

Creates stage/<name> from the newest main (the remote's when it is ahead); <name> must be a
valid Serverless stage name. Asks for the name when run without one in a terminal.

  --push   publish the new stage (the pre-push hook allows a stage created from main)
`;
}

/** The start-work flags a user gave; a printed command repeats them. */
export interface GivenWorkFlags {
  stage?: string | undefined;
  change?: string | undefined;
  engineer?: string | undefined;
}

type WorkFlag = keyof GivenWorkFlags;

// Stand-ins for a value the user did not give, in a command printed for pasting: always named as examples.
const EXAMPLE: Record<WorkFlag, string> = { stage: 'login', change: 'add-login-form', engineer: 'jane-doe' };

/**
 * `npx stageflow start-work ...` with the values given, quoted, and examples for `wanted` flags not
 * given; `note` names the examples, to put after the advice.
 */
function startWorkCommand(given: GivenWorkFlags, wanted: readonly WorkFlag[]): { command: string; note: string } {
  const examples: string[] = [];
  const parts = ['npx stageflow start-work'];
  for (const flag of ['stage', 'change', 'engineer'] as const) {
    const value = given[flag];
    if (value !== undefined) parts.push(`--${flag} ${q(value)}`);
    else if (wanted.includes(flag)) {
      parts.push(`--${flag} ${EXAMPLE[flag]}`);
      examples.push(`${EXAMPLE[flag]} is an example ${flag === 'change' ? 'change name' : flag}`);
    }
  }
  return { command: parts.join(' '), note: examples.length ? ` (${examples.join(', ')}: put in yours)` : '' };
}

export function noTerminalText(given: GivenWorkFlags): string {
  const missing = (['stage', 'change'] as const).filter((flag) => given[flag] === undefined).map((flag) => `--${flag}`);
  const { command, note } = startWorkCommand(given, ['stage', 'change']);
  return renderReport({
    title: `start-work needs ${missing.join(' and ')}, and there is no terminal to ask for ${missing.length === 1 ? 'it' : 'them'}`,
    details: ['Without a terminal (a script, CI, a pipe) give the answers as flags.'],
    fixes: [{ say: `Run it with ${missing.join(' and ')}${note}:`, commands: [command] }],
  });
}

export function noStageNameText(push: boolean): string {
  return renderReport({
    title: 'start-stage needs the stage name, and there is no terminal to ask for it',
    fixes: [
      {
        say: `Give it as an argument (${EXAMPLE.stage} is an example stage name: put in yours):`,
        commands: [`npx stageflow start-stage ${EXAMPLE.stage}${push ? ' --push' : ''}`],
      },
    ],
  });
}

export function unknownStageText(
  stage: string,
  stages: readonly StageEntry[],
  branches: BranchConfig,
  given: GivenWorkFlags = {},
  closest?: string,
): string {
  const listed = stages.length
    ? `Stages: ${stages.map((entry) => entry.stage).join(', ')}`
    : 'There are no stages yet.';
  if (closest !== undefined) {
    const { command, note } = startWorkCommand(
      { ...given, stage: closest },
      given.change === undefined ? [] : ['change'],
    );
    return renderReport({
      title: `there is no stage "${stage}" here or on the remote; did you mean "${closest}"?`,
      details: [listed],
      fixes: [{ say: `Start work on ${branches.stagePrefix}${closest}${note}:`, commands: [command] }],
    });
  }
  const { command, note } = startWorkCommand({ ...given, stage }, given.change === undefined ? [] : ['change']);
  return renderReport({
    title: `there is no stage "${stage}" here or on the remote`,
    details: [listed],
    fixes: [
      {
        say: `Create it from ${branches.main} and publish it, then start work on it${note}:`,
        commands: [`npx stageflow start-stage ${q(stage)} --push`, command],
      },
    ],
  });
}

/** `typed`: the engineer name as given, when it has letters but none a branch name can use (`李雷`). */
export function nameProblemText(
  problem: NameProblem | 'exists',
  what: 'engineer' | 'change',
  branch: string,
  typed?: string,
): string {
  switch (problem) {
    case 'engineer-empty':
      return typed?.trim() && /\p{L}/u.test(typed)
        ? `"${typed.trim()}" has no letter a branch name can use (a-z, 0-9); give your name in Latin letters, e.g. its pinyin or romaji`
        : 'the engineer name needs at least one letter or digit';
    case 'change-empty':
      return 'the change name needs at least one letter or digit';
    case 'exists':
      return `${branch} exists already`;
    default:
      return `${branch} is not a valid ${what} branch name`;
  }
}

export function badNameText(flag: 'engineer' | 'change', reason: string, given: GivenWorkFlags): string {
  const { command, note } = startWorkCommand({ ...given, [flag]: undefined }, [flag]);
  return renderReport({
    title: `--${flag}: ${reason}`,
    fixes: [{ say: `Run it with a name made of letters and digits${note}:`, commands: [command] }],
  });
}

/** `unusable`: the name git has, when no branch name can be made of it (`李雷`). */
export function noEngineerText(given: GivenWorkFlags, unusable?: string): string {
  const { command, note } = startWorkCommand(given, ['engineer']);
  if (unusable !== undefined) {
    return renderReport({
      title: `start-work cannot make the engineer part of the branch name from "${unusable}"`,
      details: [
        `Your git name is "${unusable}"; a branch name takes only a-z, 0-9 and hyphens, and it has none of them.`,
      ],
      fixes: [
        {
          say: `Give your name once in Latin letters (e.g. its pinyin or romaji); it is remembered for this repository${note}:`,
          commands: [command],
        },
      ],
    });
  }
  return renderReport({
    title: 'start-work does not know your name',
    details: ['Neither --engineer, nor a remembered name, nor git config user.name is set.'],
    fixes: [{ say: `Give it once; it is remembered for this repository${note}:`, commands: [command] }],
  });
}

export function stageNameReason(name: Extract<StageBranchName, { ok: false }>, branches: BranchConfig): string {
  switch (name.problem) {
    case 'stage-name-missing':
      return 'a stage name needs a letter to start with';
    case 'stage-name-too-long':
      return `"${name.stage}" is ${name.stage.length} characters; at most ${branches.stageMaxLength}, as it becomes part of every stack and function name`;
    default:
      return `"${name.stage}" is not a valid Serverless stage name: lowercase letters, digits and single hyphens, starting with a letter`;
  }
}

export function badStageNameText(name: Extract<StageBranchName, { ok: false }>, branches: BranchConfig): string {
  return renderReport({
    title: `cannot create a stage: ${stageNameReason(name, branches)}`,
    fixes: name.suggestion
      ? [{ say: 'Use a valid name, for example:', commands: [`npx stageflow start-stage ${q(name.suggestion)}`] }]
      : [],
  });
}

export function stageExistsText(branch: string, stage: string, onRemote: boolean, remote: string): string {
  return renderReport({
    title: `${branch} exists already${onRemote ? ` on ${remote}` : ''}`,
    details: ['A stage is created once; work on it happens on work branches.'],
    fixes: [
      {
        say: `Start work on it${startWorkCommand({ stage }, ['change']).note}:`,
        commands: [startWorkCommand({ stage }, ['change']).command],
      },
    ],
  });
}

/** `rerun` is the command that tried, to run again once main is there. */
export function noMainText(branches: BranchConfig, remote: string, hasRemote: boolean, rerun: string): string {
  const main = branches.main;
  if (hasRemote) {
    return renderReport({
      title: `there is no ${main} here or on ${remote} to create a stage from`,
      fixes: [{ say: `Fetch ${main} and try again:`, commands: [`git fetch ${q(remote)} ${q(main)}`, rerun] }],
    });
  }
  return renderReport({
    title: `there is no ${main} here to create a stage from, and no remote "${remote}" to fetch it from`,
    fixes: [
      {
        say: `Add the team's repository as ${remote} (with its real URL), fetch ${main}, then try again:`,
        commands: [
          `git remote add ${q(remote)} https://github.com/your-org/your-service.git`,
          `git fetch ${q(remote)} ${q(main)}`,
          rerun,
        ],
      },
      {
        say: `or, in a new repository, make its first commit on ${main} (allowed once, so that the team can start), then try again:`,
        commands: [`git switch -c ${q(main)}`, `git commit --allow-empty -m 'Start the service repository'`, rerun],
      },
    ],
  });
}

export function branchExistsText(branch: string, rerun: string): string {
  return renderReport({
    title: `${branch} exists already`,
    details: ['Nothing was changed.'],
    fixes: [
      { say: 'Switch to it:', commands: [`git switch ${q(branch)}`] },
      { say: 'or let start-work switch to it:', commands: [`${rerun} --yes`] },
    ],
  });
}

/** The work branch the answers name was started from another stage (start-work recorded which). */
export function otherStageBranchText(
  branch: string,
  recorded: string,
  wanted: string,
  otherChange: string,
  switchAnyway: string,
): string {
  return renderReport({
    title: `${branch} exists already and belongs to ${recorded}, not ${wanted}`,
    details: [`It was started from ${recorded}; its pull request goes there. Nothing was changed.`],
    fixes: [
      { say: `Start the work on ${wanted} under another change name:`, commands: [otherChange] },
      { say: `or switch to ${branch} knowingly (its work still goes to ${recorded}):`, commands: [switchAnyway] },
    ],
  });
}

export function operationText(operation: Operation): string {
  return renderReport({
    title: `a ${operation} is in progress; start-work would get in its way`,
    details: ['Nothing was changed.'],
    fixes: [
      {
        say: `Finish it (or abort it), then run start-work again:`,
        commands: [`git ${operation} --continue`, `git ${operation} --abort`],
      },
    ],
  });
}

/** `from` is what git would check out: the start point of a new branch, or the branch itself. */
export function localChangesText(
  target: string,
  from: string,
  paths: readonly string[],
  current: string | undefined,
  rerun: string,
): string {
  return renderReport({
    title: `cannot switch to ${target}: your uncommitted changes would be overwritten`,
    details: [
      `These files differ between ${current ?? 'HEAD'} and ${from}, and you have changed them:`,
      ...paths.slice(0, 20).map((path) => `  ${path}`),
      ...(paths.length > 20 ? [`  ... and ${paths.length - 20} more`] : []),
      `Nothing was changed: you are still on ${current ?? 'a detached HEAD'}, your changes exactly as they were.`,
    ],
    fixes: [
      {
        // Only these paths: a whole-tree stash would take an untracked node_modules with it, and npx with it.
        say: 'Put these files aside, start the work, then bring them back (resolve conflicts if git asks):',
        commands: [`git stash push --include-untracked -- ${paths.map(q).join(' ')}`, rerun, 'git stash pop'],
      },
    ],
  });
}

export function switchFailedText(target: string, detail: string): string {
  return renderReport({ title: `git could not switch to ${target}`, details: [detail, 'Nothing was changed.'] });
}

/** start-stage --push where the remote is not configured: refused before anything is created. */
export function noRemoteToPushText(stage: string | undefined, remote: string): string {
  const again = (push: boolean) =>
    `npx stageflow start-stage${stage === undefined ? '' : ` ${q(stage)}`}${push ? ' --push' : ''}`;
  return renderReport({
    title: `--push publishes the new stage to ${remote}, but no remote "${remote}" is configured here`,
    details: ['Nothing was created.'],
    fixes: [
      {
        say: `Add the team's repository as ${remote} (with its real URL), then run start-stage again:`,
        commands: [`git remote add ${q(remote)} https://github.com/your-org/your-service.git`, again(true)],
      },
      { say: 'or create the stage here only, and publish it later:', commands: [again(false)] },
    ],
  });
}

export function pushFailedText(branch: string, remote: string, detail: string): string {
  return renderReport({
    title: `${branch} was created here, but publishing it to ${remote} failed`,
    details: detail.split('\n').filter(Boolean),
    fixes: [{ say: 'Fix what git says above, then publish it:', commands: [publishCommand(branch, remote)] }],
  });
}
