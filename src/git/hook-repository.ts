import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isFile, readText } from '../fs/read-file-state.js';
import { findRepository, type Repository } from './repository.js';

/**
 * The repository a hook runs in, read from the files git leaves, without a git process
 * (one less per commit). Git runs hooks at the top of the worktree: `.git` is there, a directory
 * or a `gitdir:` file (linked worktrees, submodules), unless git exported an absolute GIT_DIR.
 * Anything else (run by hand from a subdirectory, a relative GIT_DIR, GIT_COMMON_DIR) asks git.
 */
export async function findHookRepository(cwd: string, env: NodeJS.ProcessEnv): Promise<Repository> {
  const gitDir = env.GIT_COMMON_DIR
    ? undefined
    : env.GIT_DIR
      ? isAbsolute(env.GIT_DIR)
        ? env.GIT_DIR
        : undefined
      : dotGit(cwd);
  if (gitDir === undefined || !isFile(join(gitDir, 'HEAD'))) return findRepository(cwd);
  const commonDir = readText(join(gitDir, 'commondir'))?.trim();
  return { gitDir, commonDir: commonDir ? resolve(gitDir, commonDir) : gitDir, bare: false };
}

function dotGit(cwd: string): string | undefined {
  const path = join(cwd, '.git');
  try {
    if (statSync(path).isDirectory()) return path;
  } catch {
    return undefined;
  }
  const pointer = /^gitdir: (.+)$/m.exec(readText(path) ?? '')?.[1]?.trim();
  return pointer ? resolve(dirname(path), pointer) : undefined;
}
