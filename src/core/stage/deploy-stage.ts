import { type BranchInfo, classifyBranch } from '../branch/classify-branch.js';
import type { Config } from '../config/types.js';

export type DeployStage =
  | { ok: true; stage: string; branch: BranchInfo }
  /** `branch` is undefined when HEAD is detached and nothing names a branch. */
  | { ok: false; branch: BranchInfo | undefined };

/** The Serverless stage a branch deploys to: main to the live stage, stage/<name> to <name>. */
export function deployStage(branchName: string | undefined, config: Config): DeployStage {
  if (branchName === undefined) return { ok: false, branch: undefined };
  const branch = classifyBranch(branchName, config.branches);
  if (branch.kind === 'main') return { ok: true, stage: config.liveStage, branch };
  if (branch.kind === 'stage') return { ok: true, stage: branch.stage, branch };
  return { ok: false, branch };
}
