import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Layout } from '../core/init/layout.js';
import { readGitConfig } from '../git/read-config-value.js';

export interface Activation {
  /** core.hooksPath now. */
  hooksPath: string | undefined;
  /** Whether husky's runner (`.husky/_/h`) exists. */
  runnerInstalled: boolean;
}

/** Whether git runs husky's hooks in this clone: read before init plans, and again after husky ran. */
export async function readActivation(topLevel: string, layout: Layout): Promise<Activation> {
  return {
    hooksPath: await readGitConfig('core.hooksPath', topLevel),
    runnerInstalled: existsSync(join(topLevel, layout.hooksPath, 'h')),
  };
}

export function isActive(activation: Activation, layout: Layout): boolean {
  return activation.hooksPath?.replace(/\/+$/, '') === layout.hooksPath && activation.runnerInstalled;
}
