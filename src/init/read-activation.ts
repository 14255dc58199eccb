import { join } from 'node:path';
import { isStageflowRunner } from '../core/hooks/runner-script.js';
import { HOOK_NAMES } from '../core/init/layout.js';
import { readText } from '../fs/read-file-state.js';
import { readHooksFolders } from '../git/hooks-folder.js';

export interface Activation {
  /** core.hooksPath, when it sends git elsewhere than its own hooks folder. */
  hooksPath: string | undefined;
  /** git's own hooks folder, where npm install writes the runner (absolute). */
  runnerDir: string;
  /** Whether git runs hooks from runnerDir and stageflow's runner for each of its hooks is there. */
  active: boolean;
}

/** Whether git runs stageflow's hooks in this clone: read before init plans, and again after the installer ran. */
export async function readActivation(topLevel: string): Promise<Activation> {
  const { hooksPath, runnerDir, gitRunsFrom } = await readHooksFolders(topLevel);
  const installed = HOOK_NAMES.every((hook) => isStageflowRunner(readText(join(runnerDir, hook))));
  return { hooksPath, runnerDir, active: gitRunsFrom === runnerDir && installed };
}
