import { stageKey } from './branch-setup.js';
import { readGitConfig } from './read-config-value.js';

/** The stage start-work recorded for a work branch (`branch.<name>.stageflowstage`). */
export function readRecordedStage(branch: string, cwd: string): Promise<string | undefined> {
  return readGitConfig(stageKey(branch), cwd);
}
