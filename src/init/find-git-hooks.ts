import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isStageflowRunner } from '../core/hooks/runner-script.js';
import { isKeptAside, TEAM_HOOK_NAMES } from '../core/init/layout.js';
import { isExecutable, isFile, readText } from '../fs/read-file-state.js';
import { findRepository } from '../git/repository.js';
import { posixRelative } from './find-package.js';

/** Hooks of git's own folder that do not run beside stageflow's runner. */
export interface GitHooks {
  /** `.git/hooks`, relative to the git root (posix). */
  dir: string;
  /**
   * Someone else's hooks where npm install writes a runner (it renames them `<hook>.pre-stageflow`),
   * and the renamed ones. Other hooks of the folder (post-receive, reference-transaction...) still run.
   */
  names: string[];
}

const REPLACED: ReadonlySet<string> = new Set(TEAM_HOOK_NAMES);

export async function findGitHooks(topLevel: string): Promise<GitHooks> {
  const { commonDir } = await findRepository(topLevel);
  const dir = join(commonDir, 'hooks');
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    entries = [];
  }
  const names = entries.filter((name) => {
    const path = join(dir, name);
    if (!isFile(path) || !isExecutable(path)) return false;
    return isKeptAside(name) || (REPLACED.has(name) && !isStageflowRunner(readText(path)));
  });
  return { dir: posixRelative(topLevel, dir), names };
}
