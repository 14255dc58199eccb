import { join } from 'node:path';
import { RUNNER_MARK } from '../core/hooks/runner-script.js';
import { HOOK_NAMES, type Layout } from '../core/init/layout.js';
import { isFile, readText } from '../fs/read-file-state.js';
import { readGitConfig } from '../git/config.js';

export interface Activation {
  /** core.hooksPath now. */
  hooksPath: string | undefined;
  /** Whether husky's `.husky/_/h` and stageflow's runner for each of its hooks are in place. */
  runnerInstalled: boolean;
}

/** Whether git runs stageflow's hooks in this clone: read before init plans, and again after the installer ran. */
export async function readActivation(topLevel: string, layout: Layout): Promise<Activation> {
  const dir = join(topLevel, layout.hooksPath);
  return {
    hooksPath: await readGitConfig('core.hooksPath', topLevel),
    runnerInstalled: isFile(join(dir, 'h')) && HOOK_NAMES.every((hook) => isStageflowRunner(readText(join(dir, hook)))),
  };
}

export function isStageflowRunner(text: string | undefined): boolean {
  return text?.split('\n', 3)[1]?.startsWith(RUNNER_MARK) ?? false;
}

export function isActive(activation: Activation, layout: Layout): boolean {
  return activation.hooksPath?.replace(/\/+$/, '') === layout.hooksPath && activation.runnerInstalled;
}
