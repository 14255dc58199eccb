import type { BranchConfig, Config } from '../config/types.js';
import type { BranchInfo } from '../core/branch/classify-branch.js';
import type { UnknownBranch } from '../core/check/unknown-branch.js';
import type { WorkStageFound } from '../core/status/status-facts.js';
import { LAMBDA_NAME_LIMIT, type LongName } from '../core/stage/long-function-names.js';
import { invalidReason, strategyLine } from './branch-text.js';
import { renderNotice, renderReport, shellQuote as q } from './render.js';

const DEPLOY = (branch: string) => `serverless deploy --stage "$(npx stageflow stage ${q(branch)})"`;

export function noStageText(branch: BranchInfo | undefined, config: Config, workStage: WorkStageFound | undefined): string {
  const { branches } = config;
  const deploys = `Only ${branches.main} (the live stage "${config.liveStage}") and ${branches.stagePrefix}<stage-name> branches deploy.`;
  if (branch === undefined) {
    return renderReport({
      title: 'no deploy stage: HEAD is detached, so there is no branch to map to a stage',
      details: [deploys, 'In CI, stageflow also reads GITHUB_REF_NAME (GitHub Actions) or CI_COMMIT_BRANCH (GitLab CI).'],
      fixes: [{ say: `Name the branch the commit belongs to; an example, for ${branches.stagePrefix}login:`, commands: [DEPLOY(`${branches.stagePrefix}login`)] }],
    });
  }
  if (branch.kind === 'work') {
    const title = `no deploy stage: ${branch.name} is a work branch`;
    if (workStage?.found) {
      const how = workStage.source === 'recorded' ? 'recorded at start-work' : 'inferred from its history';
      return renderReport({
        title,
        details: [deploys, `Work is deployed with its stage, ${workStage.branch} (${how}), after a pull request into it.`],
        fixes: [{ say: 'Deploy the stage instead:', commands: [DEPLOY(workStage.branch)] }],
      });
    }
    const candidates = workStage?.candidates ?? [];
    if (candidates.length > 0) {
      return renderReport({
        title,
        details: [deploys, `Work is deployed with its stage, after a pull request into it; its history fits ${candidates.join(' and ')} alike.`],
        fixes: [{ say: 'Deploy its stage instead, one of:', commands: candidates.map(DEPLOY) }],
      });
    }
    return renderReport({
      title,
      details: [deploys, 'Work is deployed with its stage, after a pull request into it; start-work recorded none for this branch, and its history names none.'],
      fixes: [{ say: `Deploy its stage instead; an example, with ${branches.stagePrefix}login standing for the stage this work goes into:`, commands: [DEPLOY(`${branches.stagePrefix}login`)] }],
    });
  }
  return renderReport({
    title: `no deploy stage: ${branch.name} is not a ${branches.main} or ${branches.stagePrefix}<stage-name> branch`,
    details: [...(branch.kind === 'invalid' ? [`Why: ${invalidReason(branch, branches)}`] : []), deploys, strategyLine(branches)],
    fixes: [{ say: `Deploy a stage branch instead; an example, for ${branches.stagePrefix}login:`, commands: [DEPLOY(`${branches.stagePrefix}login`)] }],
  });
}

/** `live`: the stage is the live one of main, named by liveStage in the config, not by a branch. */
export function longNamesText(file: string, stage: string, long: readonly LongName[], fitting: number, branches: BranchConfig, live: boolean): string {
  const lines = long.map(({ key, name }) => `    ${key}: ${name} (${name.length} characters)`);
  const explicitOnly = long.every((entry) => entry.explicit);
  const limit = Math.min(fitting, branches.stageMaxLength);
  const shorterStage = live
    ? `set liveStage in the stageflow config to a name of at most ${limit} characters`
    : `use a stage name of at most ${limit} characters (a new ${branches.stagePrefix}<stage-name> branch)`;
  const advice =
    explicitOnly || limit < 1
      ? `Set a shorter name: for ${long.length === 1 ? 'the function' : 'these functions'} in ${file}${explicitOnly ? '' : ' (no stage name is short enough for the service name)'}.`
      : `Either ${shorterStage}, or set a shorter name: for the function in ${file}.`;
  return renderNotice(
    `on stage "${stage}", ${long.length === 1 ? 'a Lambda function name' : `${long.length} Lambda function names`} in ${file} would be longer than the ${LAMBDA_NAME_LIMIT} characters AWS allows, and the deploy would fail:\n` +
      `${lines.join('\n')}\n` +
      `  ${advice}`,
  );
}

export function unknownBranchText(branch: UnknownBranch, remote: string): string {
  return renderReport({
    title: `no deploy stage: there is no branch ${branch.name} here or on ${remote}${branch.closest !== undefined ? `; did you mean ${branch.closest}?` : ''}`,
    details: ['A stage is deployed from a branch that exists, so that the deploy is of code someone pushed.'],
    fixes: [
      ...(branch.closest !== undefined ? [{ say: `Deploy ${branch.closest}:`, commands: [DEPLOY(branch.closest)] }] : []),
      { say: `List the branches this clone knows (fetch ${remote} first for the newest):`, commands: [`git fetch ${q(remote)}`, 'git branch -a'] },
    ],
  });
}

export function serverlessUnreadableText(file: string, error: string): string {
  return renderNotice(`could not read ${file} to check Lambda function name lengths: ${error}`);
}

export const STAGE_USAGE =
  'Usage: stageflow stage [branch]\n  Prints the Serverless stage of the branch (the current one by default): serverless deploy --stage "$(npx stageflow stage)"';
