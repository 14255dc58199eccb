import { join } from 'node:path';
import { readGitConfig } from './config.js';
import { runGit } from './run-git.js';

export interface HooksFolders {
  /**
   * `<git common dir>/hooks`, where npm install writes stageflow's runner: shared by every worktree,
   * never part of a checkout, so no branch, sparse checkout or `git clean` can take it away.
   */
  runnerDir: string;
  /** The folder git runs hooks from here: core.hooksPath resolved as git resolves it, else runnerDir. */
  gitRunsFrom: string;
  /** core.hooksPath as configured (any scope) when it sends git elsewhere than runnerDir; else undefined. */
  hooksPath: string | undefined;
}

/** Both folders in one git process (two when core.hooksPath is set, to quote it as written). */
export async function readHooksFolders(topLevel: string): Promise<HooksFolders> {
  const result = await runGit(['rev-parse', '--path-format=absolute', '--git-common-dir', '--git-path', 'hooks'], {
    cwd: topLevel,
  });
  const [commonDir = '', gitRunsFrom = ''] = result.stdout.split('\n');
  const runnerDir = join(commonDir, 'hooks');
  const hooksPath = gitRunsFrom === runnerDir ? undefined : await readGitConfig('core.hooksPath', topLevel);
  return { runnerDir, gitRunsFrom, hooksPath };
}

/**
 * Points git at runnerDir: the repository's own core.hooksPath (husky's `.husky/_`) is removed, so
 * git uses its own folder wherever the clone moves; only when a global or system core.hooksPath
 * would then win is runnerDir written into the repository's config.
 */
export async function pointGitAtRunnerDir(topLevel: string): Promise<HooksFolders> {
  await runGit(['config', '--local', '--unset-all', 'core.hooksPath'], { cwd: topLevel });
  const folders = await readHooksFolders(topLevel);
  if (folders.gitRunsFrom === folders.runnerDir) return folders;
  await runGit(['config', '--local', 'core.hooksPath', folders.runnerDir], { cwd: topLevel });
  return readHooksFolders(topLevel);
}
