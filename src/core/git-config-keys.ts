// The git config keys stageflow writes. Plain names, no git process: messages print them too.

/** The key naming the stage a work branch was started from (read by `stageflow status`). */
export function stageKey(branch: string): string {
  return `branch.${branch}.stageflowstage`;
}

/** Every stageKey, for `git config --get-regexp`. */
export const STAGE_KEY_PATTERN = '^branch\\..*\\.stageflowstage$';

/** The work branch a stageKey names. */
export function branchOfStageKey(key: string): string | undefined {
  return key.startsWith('branch.') && key.endsWith('.stageflowstage')
    ? key.slice('branch.'.length, -'.stageflowstage'.length)
    : undefined;
}

/** The engineer name start-work remembers for the next work branch. */
export const ENGINEER_KEY = 'stageflow.engineer';
