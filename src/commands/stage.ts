import { relative } from 'node:path';
import { loadHooksConfig } from '../config/load-hooks-config.js';
import { readCiContext } from '../core/check/ci-context.js';
import { type UnknownBranch, unknownBranch } from '../core/check/unknown-branch.js';
import type { Config } from '../core/config/types.js';
import { deployStage } from '../core/stage/deploy-stage.js';
import { checkAwsNames } from '../core/stage/long-function-names.js';
import { branchNamesOf } from '../core/start/ref-tips.js';
import type { WorkStageFound } from '../core/status/status-facts.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { listRefTips } from '../git/branches.js';
import { readRecordedStage } from '../git/recorded-stages.js';
import { findRepository, readHead } from '../git/repository.js';
import { findWorkStage } from '../git/work-branch-stage.js';
import { warningsText } from '../messages/config-text.js';
import {
  longNamesText,
  namesNotCheckedText,
  noStageText,
  STAGE_USAGE,
  serverlessUnreadableText,
  unknownBranchText,
} from '../messages/stage-text.js';
import { badArgumentsText } from '../messages/usage-text.js';
import { readServerlessFile } from '../serverless/read-serverless-file.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './parse-command-args.js';

/** Prints only the stage on stdout, for `serverless deploy --stage "$(stageflow stage)"`. */
export const run: Command = async (args, context) => {
  const { values, positionals } = parseCommandArgs('stage', STAGE_USAGE, {
    args,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) return { code: ExitCode.ok, stdout: `${STAGE_USAGE}\n` };
  if (positionals.length > 1)
    throw new UsageError(badArgumentsText('stage', `one branch at a time; got ${positionals.length}`, STAGE_USAGE));
  const [{ config, warnings }, branchName] = await Promise.all([
    loadHooksConfig(context.cwd),
    positionals[0] ?? currentBranch(context.cwd, context.env),
  ]);
  const notices = [warningsText(warnings)];
  const result = deployStage(branchName, config);
  if (!result.ok) {
    const stages =
      result.branch?.kind === 'work'
        ? await workStage(result.branch.name, positionals[0] === undefined, config, context.cwd)
        : undefined;
    return { code: ExitCode.blocked, stderr: notices.join('') + noStageText(result.branch, config, stages) };
  }

  const given = positionals[0];
  if (given !== undefined && given !== config.branches.main && given !== readCiContext(context.env, undefined).branch) {
    // A typed stage branch must exist, or a typo would deploy a stage nobody made.
    const missing = await missingBranch(given, config.remote, context.cwd);
    if (missing) return { code: ExitCode.usage, stderr: notices.join('') + unknownBranchText(missing, config.remote) };
  }

  const serverless = await readServerlessFile(context.cwd);
  if (serverless.found) {
    const file = relative(context.cwd, serverless.path);
    if (serverless.error !== undefined) notices.push(serverlessUnreadableText(file, serverless.error));
    else {
      const check = serverless.naming && checkAwsNames(serverless.naming, result.stage);
      if (check && check.long.length > 0)
        notices.push(
          longNamesText(file, result.stage, check.long, check.fitting, config.branches, result.branch?.kind === 'main'),
        );
      const unread = [
        ...serverless.unreadable,
        ...(serverless.naming || serverless.unreadable.length > 0 ? [] : ['a service name that is not plain text']),
        ...(check?.unresolved ?? []).map((part) => `a variable in ${part}`),
      ];
      if (unread.length > 0) notices.push(namesNotCheckedText(file, unread));
    }
  }
  return { code: ExitCode.ok, stdout: `${result.stage}\n`, stderr: notices.join('') };
};

/** The work branch's stage as status tells it (recorded, else inferred from its history): what to deploy instead. */
async function workStage(branch: string, current: boolean, config: Config, cwd: string): Promise<WorkStageFound> {
  const { branches, remote } = config;
  const [recorded, tips] = await Promise.all([readRecordedStage(branch, branches, cwd), listRefTips(remote, cwd)]);
  const refs = branchNamesOf(tips, remote);
  if (!current && !refs.local.has(branch))
    return recorded === undefined
      ? { found: false, candidates: [] }
      : { found: true, branch: recorded, source: 'recorded' };
  return findWorkStage(recorded, current ? 'HEAD' : `refs/heads/${branch}`, refs, branches, remote, cwd);
}

async function missingBranch(branch: string, remote: string, cwd: string): Promise<UnknownBranch | undefined> {
  const known = await listRefTips(remote, cwd).then(
    (tips) => branchNamesOf(tips, remote),
    () => undefined,
  );
  return known && unknownBranch(branch, known);
}

/** HEAD's branch; in CI, where HEAD is often detached, the branch the pipeline runs for. */
async function currentBranch(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const head = await readHead(await findRepository(cwd));
  return head.branch ?? readCiContext(env, undefined).branch;
}
