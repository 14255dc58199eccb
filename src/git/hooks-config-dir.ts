import { join, resolve } from 'node:path';
import { findHookLine, type HookLine } from '../core/hooks/parse-hook-line.js';
import { readText } from '../fs/read-file-state.js';
import { readHooksFolders } from './hooks-folder.js';
import { findTopLevel } from './work-tree-location.js';

export interface HooksConfigDir {
  /** The root of the working tree: git runs the hooks there. */
  top: string;
  /** Where the hooks look the config up from: the git root, or the `--project` of their hook line. */
  dir: string;
  /** The `--project` the installed hooks pass, if any. */
  project: string | undefined;
}

/**
 * The folder the installed hooks look their config up from. git runs hooks at the root of the
 * working tree; the runner of a package below it passes `--project <dir>` (its commit-msg runner,
 * in the folder git runs hooks from, says so). Undefined outside a working tree.
 */
export async function findHooksConfigDir(cwd: string): Promise<HooksConfigDir | undefined> {
  const top = await findTopLevel(cwd);
  if (top === undefined) return undefined;
  const { gitRunsFrom } = await readHooksFolders(top);
  // A line an older init left in `.husky/pre-commit` named the project too.
  const files = [join(gitRunsFrom, 'commit-msg'), join(gitRunsFrom, 'pre-commit'), join(top, '.husky', 'pre-commit')];
  for (const file of files) {
    const text = readText(file);
    const line: HookLine | undefined =
      text === undefined ? undefined : (findHookLine(text, 'commit-msg') ?? findHookLine(text, 'pre-commit'));
    if (line !== undefined)
      return { top, dir: line.project === undefined ? top : resolve(top, line.project), project: line.project };
  }
  return { top, dir: top, project: undefined };
}
