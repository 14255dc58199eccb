import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_NAMES, type HookName, layoutFor } from '../core/init/layout.js';
import type { InitFacts } from '../core/init/plan-init.js';
import { UsageError } from '../errors.js';
import { readText } from '../fs/read-file-state.js';
import { findTopLevel } from '../git/work-tree-location.js';
import { noPackageJsonText, notARepositoryText } from '../messages/init-text.js';
import { findPackageDir, posixRelative } from './find-package.js';
import { readActivation } from './read-activation.js';

export interface InitContext {
  topLevel: string;
  packageDir: string;
  facts: InitFacts;
}

/** Everything `init` decides on, read from the disk and git. */
export async function gatherInitFacts(cwd: string): Promise<InitContext> {
  const topLevel = await findTopLevel(cwd);
  if (topLevel === undefined) throw new UsageError(notARepositoryText(cwd));
  const packageDir = findPackageDir(cwd, topLevel);
  if (packageDir === undefined) throw new UsageError(noPackageJsonText(cwd));
  const layout = layoutFor(posixRelative(topLevel, packageDir));
  const hookFiles = Object.fromEntries(
    HOOK_NAMES.map((hook) => [hook, readText(join(topLevel, layout.huskyDir, hook))]),
  ) as Record<HookName, string | undefined>;
  return {
    topLevel,
    packageDir,
    facts: {
      layout,
      packageJson: readFileSync(join(packageDir, 'package.json'), 'utf8'),
      hookFiles,
      gitignore: readText(join(topLevel, '.gitignore')),
      active: (await readActivation(topLevel)).active,
    },
  };
}
