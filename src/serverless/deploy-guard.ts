import { loadHooksConfig } from '../config/load-hooks-config.js';
import { readCiContext } from '../core/check/ci-context.js';
import type { Config } from '../core/config/types.js';
import { type DeployVerdict, type GuardedCommand, judgeDeploy } from '../core/deploy/judge-deploy.js';
import { readRemoteFacts } from '../git/remote.js';
import { findRepository } from '../git/repository.js';
import { readWorkTreeState } from '../git/uncommitted-changes.js';

export interface DeployRequest {
  cwd: string;
  command: GuardedCommand;
  stage: string | undefined;
  env: NodeJS.ProcessEnv;
}

export interface DeployCheck {
  verdict: DeployVerdict;
  config: Config;
}

/**
 * Gathers what decides a deploy, without the network: HEAD's branch (in CI on a detached checkout,
 * the branch the pipeline runs for), the tracked files' changes, the remote-tracking refs.
 */
export async function checkDeploy(request: DeployRequest): Promise<DeployCheck> {
  const { cwd, env } = request;
  // findRepository first: outside a repository it says so, rather than git status failing.
  await findRepository(cwd);
  const [{ config }, tree] = await Promise.all([loadHooksConfig(cwd), readWorkTreeState(cwd)]);
  const ci = readCiContext(env, undefined);
  const branch = tree.branch ?? ci.branch ?? ci.pullRequest?.head;
  const stageBranch =
    request.stage === config.liveStage ? config.branches.main : `${config.branches.stagePrefix}${request.stage ?? ''}`;
  const remote = await readRemoteFacts(tree.head, branch, stageBranch, config.remote, cwd);
  const override = env.STAGEFLOW_DEPLOY_OVERRIDE?.trim() || undefined;
  const verdict = judgeDeploy(
    { command: request.command, stage: request.stage, branch, changedFiles: tree.changedFiles, ...remote, override },
    config,
  );
  return { verdict, config };
}
