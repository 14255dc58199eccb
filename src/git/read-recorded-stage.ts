import type { BranchConfig } from '../config/types.js';
import { stageBranchOf } from '../core/status/stage-branch-of.js';
import { stageKey } from './config-keys.js';
import { readGitConfig } from './read-config-value.js';

/** The stage branch start-work recorded for a work branch; undefined when none, or not a valid stage. */
export async function readRecordedStage(branch: string, branches: BranchConfig, cwd: string): Promise<string | undefined> {
  return stageBranchOf(await readGitConfig(stageKey(branch), cwd), branches);
}
