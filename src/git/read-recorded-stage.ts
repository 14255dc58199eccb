import { stageKey } from './branch-setup.js';
import { readGitConfig } from './read-config-value.js';

/** The git config key where start-work records a work branch's stage (`branch.<name>.stageflowstage`). */
export const recordedStageKey = stageKey;

/** The stage start-work recorded for a work branch. */
export function readRecordedStage(branch: string, cwd: string): Promise<string | undefined> {
  return readGitConfig(recordedStageKey(branch), cwd);
}
