import { basename, dirname, join, resolve } from 'node:path';
import { findHookLine, type HookLine } from '../core/hooks/parse-hook-line.js';
import { readText } from '../fs/read-file-state.js';
import { readGitConfig } from './config.js';
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
 * working tree; the runner of a package below it passes `--project <dir>` (it lives in
 * `<dir>/.husky/_`, the folder core.hooksPath names).
 * Undefined outside a working tree.
 */
export async function findHooksConfigDir(cwd: string): Promise<HooksConfigDir | undefined> {
  const top = await findTopLevel(cwd);
  if (top === undefined) return undefined;
  const hooksPath = await readGitConfig('core.hooksPath', top);
  const dir = hooksPath === undefined ? join(top, '.git', 'hooks') : resolve(top, hooksPath);
  // stageflow's runner (`.husky/_/commit-msg`) names the project the hooks run with; a line an older
  // init left in `.husky/pre-commit` did too.
  const files =
    basename(dir) === '_'
      ? [join(dir, 'commit-msg'), join(dirname(dir), 'pre-commit'), join(dir, 'pre-commit')]
      : [join(dir, 'commit-msg'), join(dir, 'pre-commit')];
  for (const file of files) {
    const text = readText(file);
    const line: HookLine | undefined =
      text === undefined ? undefined : (findHookLine(text, 'commit-msg') ?? findHookLine(text, 'pre-commit'));
    if (line !== undefined)
      return { top, dir: line.project === undefined ? top : resolve(top, line.project), project: line.project };
  }
  return { top, dir: top, project: undefined };
}
