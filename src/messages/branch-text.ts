import type { BranchInfo } from '../core/branch/classify-branch.js';
import type { BranchConfig } from '../core/config/types.js';

type InvalidBranch = Extract<BranchInfo, { kind: 'invalid' }>;

export function strategyLine(branches: BranchConfig): string {
  return `The strategy has three kinds of branch: ${branches.main}, ${branches.stagePrefix}<stage-name> and ${branches.workPrefix}<engineer>/<change>.`;
}

/** Why main or a stage takes no direct commit or push, in one sentence; `stage` is the stage's name. */
export function protectedBranchLine(name: string, stage: string | undefined, branches: BranchConfig): string {
  return stage === undefined
    ? `${name} holds the code of the live function; it changes only by a reviewed pull request from a ${branches.stagePrefix}<stage-name> branch.`
    : `${name} is deployed as the Serverless stage "${stage}"; it changes only by reviewed pull requests from ${branches.workPrefix}<engineer>/<change> branches.`;
}

/** Why a branch name is not valid, in one sentence. */
export function invalidReason(branch: InvalidBranch, branches: BranchConfig): string {
  const { name } = branch;
  const stage = name.slice(branches.stagePrefix.length);
  switch (branch.reason) {
    case 'stage-name-missing':
      return `"${name}" has no stage name after "${branches.stagePrefix}".`;
    case 'stage-name-invalid':
      return `"${stage}" is not a valid Serverless stage name: use lowercase letters, digits and single hyphens, starting with a letter (CloudFormation stack names allow no underscore).`;
    case 'stage-name-too-long':
      return `the stage name "${stage}" is ${stage.length} characters long; at most ${branches.stageMaxLength} are allowed, as it becomes part of every stack and function name.`;
    case 'work-segments': {
      const parts = name.slice(branches.workPrefix.length).split('/').length + 1;
      return `work branches have exactly three parts, ${branches.workPrefix}<engineer>/<change>; "${name}" has ${parts}.`;
    }
    case 'work-engineer-invalid':
      return `the engineer part of "${name}" is not a lower-kebab slug (a-z, 0-9 and single hyphens).`;
    case 'work-change-invalid':
      return `the change part of "${name}" is not a lower-kebab slug (a-z, 0-9 and single hyphens).`;
    case 'not-a-git-name':
      return `"${name}" matches branches.allowed, but git refuses it as a branch name (git check-ref-format --branch): no "..", "@{", space, control character or any of ~ ^ : ? * [ \\, no part starting with "." or ending with ".lock", and no "-" at the start or "." at the end.`;
    case 'unknown-kind':
      return `"${name}" is none of ${branches.main}, ${branches.stagePrefix}<stage-name> or ${branches.workPrefix}<engineer>/<change>.`;
  }
}
