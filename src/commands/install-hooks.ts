import { layoutFor } from '../core/init/layout.js';
import { ExitCode } from '../exit-codes.js';
import { findTopLevel } from '../git/work-tree-location.js';
import { findHuskyBin, findPackageDir, posixRelative } from '../init/find-package.js';
import { installRunner } from '../init/install-runner.js';
import { INSTALL_SKIPPED_TEXT, installHooksFailedText, keptAsideText } from '../messages/runner-text.js';
import type { Command } from './command.js';

/**
 * `stageflow install-hooks`: the prepare script init writes, run by npm on every install (from the
 * package's folder). Silent when it worked, as husky is, but for a hook of git's folder it kept aside.
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
  const outcome = await installRunner(huskyBin, topLevel, layout);
  if (!outcome.ok) return { code: ExitCode.usage, stderr: installHooksFailedText(outcome.problem) };
  return outcome.keptAside.length === 0
    ? { code: ExitCode.ok }
    : { code: ExitCode.ok, stdout: keptAsideText(outcome.keptAside, layout.huskyDir) };
};
