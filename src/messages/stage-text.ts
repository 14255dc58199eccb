import type { BranchInfo } from '../core/branch/classify-branch.js';
import type { UnknownBranch } from '../core/check/unknown-branch.js';
import type { BranchConfig, Config } from '../core/config/types.js';
import { LAMBDA_NAME_LIMIT, type LongName } from '../core/stage/long-function-names.js';
import type { WorkStageFound } from '../core/status/status-facts.js';
import { invalidReason, strategyLine } from './branch-text.js';
import { shellQuote as q, renderNotice, renderReport } from './render.js';

const DEPLOY = (branch: string) => `serverless deploy --stage "$(npx stageflow stage ${q(branch)})"`;

export function noStageText(
  branch: BranchInfo | undefined,
  config: Config,
  workStage: WorkStageFound | undefined,
): string {
  const { branches } = config;
  const deploys = `Only ${branches.main} (the live stage "${config.liveStage}") and ${branches.stagePrefix}<stage-name> branches deploy.`;
  if (branch === undefined) {
    return renderReport({
      title: 'no deploy stage: HEAD is detached, so there is no branch to map to a stage',
      details: [
        deploys,
        'In CI, stageflow also reads GITHUB_REF_NAME (GitHub Actions) or CI_COMMIT_BRANCH (GitLab CI).',
      ],
      fixes: [
        {
          say: `Name the branch the commit belongs to; an example, for ${branches.stagePrefix}login:`,
          commands: [DEPLOY(`${branches.stagePrefix}login`)],
        },
      ],
    });
  }
  if (branch.kind === 'work') {
    const title = `no deploy stage: ${branch.name} is a work branch`;
    if (workStage?.found) {
      const how = workStage.source === 'recorded' ? 'recorded at start-work' : 'inferred from its history';
      return renderReport({
        title,
        details: [
          deploys,
          `Work is deployed with its stage, ${workStage.branch} (${how}), after a pull request into it.`,
        ],
        fixes: [{ say: 'Deploy the stage instead:', commands: [DEPLOY(workStage.branch)] }],
      });
    }
    const candidates = workStage?.candidates ?? [];
    if (candidates.length > 0) {
      return renderReport({
        title,
        details: [
          deploys,
          `Work is deployed with its stage, after a pull request into it; its history fits ${candidates.join(' and ')} alike.`,
        ],
        fixes: [{ say: 'Deploy its stage instead, one of:', commands: candidates.map(DEPLOY) }],
      });
    }
    return renderReport({
      title,
      details: [
        deploys,
        'Work is deployed with its stage, after a pull request into it; start-work recorded none for this branch, and its history names none.',
      ],
      fixes: [
        {
          say: `Deploy its stage instead; an example, with ${branches.stagePrefix}login standing for the stage this work goes into:`,
          commands: [DEPLOY(`${branches.stagePrefix}login`)],
        },
      ],
    });
  }
  return renderReport({
    title: `no deploy stage: ${branch.name} is not a ${branches.main} or ${branches.stagePrefix}<stage-name> branch`,
    details: [
      ...(branch.kind === 'invalid' ? [`Why: ${invalidReason(branch, branches)}`] : []),
      deploys,
      strategyLine(branches),
    ],
    fixes: [
      {
        say: `Deploy a stage branch instead; an example, for ${branches.stagePrefix}login:`,
        commands: [DEPLOY(`${branches.stagePrefix}login`)],
      },
    ],
  });
}

/** `live`: the stage is the live one of main, named by liveStage in the config, not by a branch. */
export function longNamesText(
  file: string,
  stage: string,
  long: readonly LongName[],
  fitting: number | undefined,
  branches: BranchConfig,
  live: boolean,
): string {
  return renderNotice(
    `on stage "${stage}", ${long.length === 1 ? 'a name' : `${long.length} names`} in ${file} would be longer than the ${LAMBDA_NAME_LIMIT} characters AWS allows, and the deploy would fail:\n` +
      `${longNameLines(long).join('\n')}\n` +
      `  ${shorterNamesAdvice(file, long, fitting, branches, live)}`,
  );
}

/** One line per name AWS would refuse: `    getPreferences: <name> (69 characters)`. */
export function longNameLines(long: readonly LongName[]): string[] {
  return long.map(
    ({ kind, key, name }) => `    ${kind === 'role' ? 'IAM role' : key}: ${name} (${name.length} characters)`,
  );
}

/** A shorter stage where that helps (capped at stageMaxLength; liveStage on main), else shorter explicit names. */
export function shorterNamesAdvice(
  file: string,
  long: readonly LongName[],
  fitting: number | undefined,
  branches: BranchConfig,
  live: boolean,
): string {
  const explicitOnly = long.every((entry) => entry.explicit);
  const limit = Math.min(fitting ?? 0, branches.stageMaxLength);
  const role = long.some((entry) => entry.kind === 'role');
  const functions = long.filter((entry) => entry.kind === 'function').length;
  const target = role
    ? functions > 0
      ? 'the function, or provider.iam.role.name for the role,'
      : 'the role (provider.iam.role.name)'
    : explicitOnly && functions > 1
      ? 'these functions'
      : 'the function';
  const shorterName = `set a shorter name: for ${target} in ${file}`;
  if (explicitOnly || limit < 1)
    return `S${shorterName.slice(1)}${explicitOnly ? '' : ' (no stage name is short enough for the service name)'}.`;
  const shorterStage = live
    ? `set liveStage in the stageflow config to a name of at most ${limit} characters`
    : `use a stage name of at most ${limit} characters (a new ${branches.stagePrefix}<stage-name> branch)`;
  return `Either ${shorterStage}, or ${shorterName}.`;
}

/** Parts of the service stageflow cannot resolve without the framework: it says so, and names the plugin that can. */
export function namesNotCheckedText(file: string, parts: readonly string[]): string {
  return renderNotice(
    `could not check every AWS name length in ${file}: it uses ${parts.join(', ')}, which only the Serverless Framework resolves.\n` +
      '  The stageflow plugin checks the names the framework resolved, before each deploy: add it to serverless.yml as\n' +
      '    plugins:\n' +
      '      - stageflow/serverless\n' +
      '  (see docs/deploying.md)',
  );
}

export function unknownBranchText(branch: UnknownBranch, remote: string): string {
  return renderReport({
    title: `no deploy stage: there is no branch ${branch.name} here or on ${remote}${branch.closest !== undefined ? `; did you mean ${branch.closest}?` : ''}`,
    details: ['A stage is deployed from a branch that exists, so that the deploy is of code someone pushed.'],
    fixes: [
      ...(branch.closest !== undefined
        ? [{ say: `Deploy ${branch.closest}:`, commands: [DEPLOY(branch.closest)] }]
        : []),
      {
        say: `List the branches this clone knows (fetch ${remote} first for the newest):`,
        commands: [`git fetch ${q(remote)}`, 'git branch -a'],
      },
    ],
  });
}

export function serverlessUnreadableText(file: string, error: string): string {
  return renderNotice(`could not read ${file} to check the AWS name lengths: ${error}`);
}

export const STAGE_USAGE =
  'Usage: stageflow stage [branch]\n  Prints the Serverless stage of the branch (the current one by default): serverless deploy --stage "$(npx stageflow stage)"';
