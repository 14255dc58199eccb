import { classifyBranch } from '../branch/classify-branch.js';
import type { BranchConfig } from '../config/types.js';

/**
 * The stage branch a recorded value names: start-work may record the stage's name (`login`) or
 * its branch (`stage/login`). Undefined when the value names no valid stage.
 */
export function stageBranchOf(recorded: string | undefined, branches: BranchConfig): string | undefined {
  if (recorded === undefined || recorded.trim() === '') return undefined;
  const value = recorded.trim();
  const name = value.startsWith(branches.stagePrefix) ? value : `${branches.stagePrefix}${value}`;
  return classifyBranch(name, branches).kind === 'stage' ? name : undefined;
}
