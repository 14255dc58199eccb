import { basename, dirname, join, resolve } from 'node:path';
import { hookProjectOption } from '../core/hook-project-option.js';
import { readText } from '../fs/read-file-state.js';
import { readGitConfig } from './read-config-value.js';
import { findTopLevel } from './top-level.js';

export interface HooksConfigDir {
  /** The root of the working tree: git runs the hooks there. */
  top: string;
  /** Where the hooks look the config up from: the git root, or the `--project` of their hook line. */
  dir: string;
  /** The `--project` the installed pre-commit line passes, if any. */
  project: string | undefined;
}

/**
 * The folder the installed hooks look their config up from. git runs hooks at the root of the
 * working tree; a hook line of a package below it passes `--project <dir>` (husky's layout keeps
 * the line in `<dir>/.husky/pre-commit`, next to the `_` folder core.hooksPath names).
 * Undefined outside a working tree.
 */
export async function findHooksConfigDir(cwd: string): Promise<HooksConfigDir | undefined> {
  const top = await findTopLevel(cwd);
  if (top === undefined) return undefined;
  const hooksPath = await readGitConfig('core.hooksPath', top);
  const dir = hooksPath === undefined ? join(top, '.git', 'hooks') : resolve(top, hooksPath);
  const files = basename(dir) === '_' ? [join(dirname(dir), 'pre-commit'), join(dir, 'pre-commit')] : [join(dir, 'pre-commit')];
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) continue;
    const option = hookProjectOption(text);
    if (option.calls) return { top, dir: option.project === undefined ? top : resolve(top, option.project), project: option.project };
  }
  return { top, dir: top, project: undefined };
}
