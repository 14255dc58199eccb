import { readGitConfig } from './read-config-value.js';

/** The git config key where start-work records which stage a work branch was cut from. */
export function recordedStageKey(branch: string): string {
  return `branch.${branch}.stageflowstage`;
}

export function readRecordedStage(branch: string, cwd: string): Promise<string | undefined> {
  return readGitConfig(recordedStageKey(branch), cwd);
}
