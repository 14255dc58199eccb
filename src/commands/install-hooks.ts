import { layoutFor } from '../core/init/layout.js';
import { ExitCode } from '../exit-codes.js';
import { findTopLevel } from '../git/work-tree-location.js';
import { findHuskyBin, findPackageDir, posixRelative } from '../init/find-package.js';
import { installRunner } from '../init/install-runner.js';
import { INSTALL_SKIPPED_TEXT, installHooksFailedText } from '../messages/runner-text.js';
import type { Command } from './command.js';

/**
 * `stageflow install-hooks`: the prepare script init writes, run by npm on every install (from the
 * package's folder). Silent when it worked, as husky is.
 */
export const run: Command = async (_args, context) => {
  if (context.env.HUSKY === '0') return { code: ExitCode.ok, stdout: INSTALL_SKIPPED_TEXT };
  const topLevel = await findTopLevel(context.cwd);
  if (topLevel === undefined)
    return { code: ExitCode.ok, stdout: installHooksFailedText(`${context.cwd} is not in a git working tree`) };
  const packageDir = findPackageDir(context.cwd, topLevel) ?? topLevel;
  const layout = layoutFor(posixRelative(topLevel, packageDir));
  const huskyBin = findHuskyBin(packageDir, topLevel);
  if (huskyBin === undefined)
    return { code: ExitCode.usage, stderr: installHooksFailedText('husky is not installed: npm install -D husky') };
  const failed = await installRunner(huskyBin, topLevel, layout);
  return failed === undefined
    ? { code: ExitCode.ok }
    : { code: ExitCode.usage, stderr: installHooksFailedText(failed) };
};
