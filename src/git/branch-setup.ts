import { writeGitConfig } from './write-config-value.js';

/**
 * Makes `<remote>/<branch>` the upstream of `branch` before it exists there, so that a plain
 * `git push` (push.default simple, upstream or current) publishes it under the same name.
 */
export async function setSameNameUpstream(branch: string, remote: string, cwd: string): Promise<void> {
  await writeGitConfig(`branch.${branch}.remote`, remote, cwd);
  await writeGitConfig(`branch.${branch}.merge`, `refs/heads/${branch}`, cwd);
}

/** The git config key naming the stage a work branch was started from (read by `stageflow status`). */
export function stageKey(branch: string): string {
  return `branch.${branch}.stageflowstage`;
}

/** Every stageKey, for `git config --get-regexp`. */
export const STAGE_KEY_PATTERN = '^branch\\..*\\.stageflowstage$';

/** The work branch a stageKey names. */
export function branchOfStageKey(key: string): string | undefined {
  return key.startsWith('branch.') && key.endsWith('.stageflowstage') ? key.slice('branch.'.length, -'.stageflowstage'.length) : undefined;
}

export const ENGINEER_KEY = 'stageflow.engineer';
