import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { runGit } from './run-git.js';

export interface Repository {
  /** This worktree's git directory (holds HEAD and rebase state). */
  gitDir: string;
  /** The directory shared by all worktrees (holds refs and config). */
  commonDir: string;
  bare: boolean;
}

export type Operation = 'rebase' | 'am' | 'merge' | 'cherry-pick' | 'revert';

export interface HeadState {
  /** The branch HEAD names (or the branch a rebase is rewriting); undefined when detached. */
  branch: string | undefined;
  /**
   * HEAD names a branch with no commit yet and no other branch has one: the first commit of a
   * repository. An orphan branch in a repository with history is not unborn in this sense.
   */
  unborn: boolean;
  operation: Operation | undefined;
}

/** Locates the repository with a single git process. */
export async function findRepository(cwd?: string): Promise<Repository> {
  const result = await runGit(['rev-parse', '--absolute-git-dir', '--git-common-dir', '--is-bare-repository'], { cwd });
  if (result.code !== 0) {
    throw new StageflowError(
      `stageflow: not a git repository (${cwd ?? process.cwd()}): stageflow guards the branches of a git repository.\n` +
        '  Run it inside one, or create one with: git init',
      ExitCode.usage,
    );
  }
  const [gitDir = '', commonDir = '', bare = ''] = result.stdout.split('\n');
  // --git-common-dir may print a path relative to the current directory.
  return { gitDir, commonDir: resolve(cwd ?? process.cwd(), commonDir), bare: bare.trim() === 'true' };
}

/**
 * Reads HEAD from the files git keeps, without another git process. During a rebase HEAD is
 * detached, so the branch being rewritten is read from the rebase state instead.
 */
export function readHeadState(repository: Repository): HeadState {
  const head = readText(join(repository.gitDir, 'HEAD'))?.trim() ?? '';
  const operation = currentOperation(repository.gitDir);
  if (head.startsWith('ref: ')) {
    const ref = head.slice(5);
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    return { branch, unborn: !refExists(repository.commonDir, ref) && !hasAnyBranch(repository.commonDir), operation };
  }
  if (operation === 'rebase') {
    const headName =
      readText(join(repository.gitDir, 'rebase-merge', 'head-name')) ?? readText(join(repository.gitDir, 'rebase-apply', 'head-name'));
    const ref = headName?.trim() ?? '';
    if (ref.startsWith('refs/heads/')) return { branch: ref.slice('refs/heads/'.length), unborn: false, operation };
  }
  return { branch: undefined, unborn: false, operation };
}

function currentOperation(gitDir: string): Operation | undefined {
  // `git am` keeps its state in rebase-apply too, marked by an "applying" file.
  if (existsSync(join(gitDir, 'rebase-apply', 'applying'))) return 'am';
  if (existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'))) return 'rebase';
  if (existsSync(join(gitDir, 'MERGE_HEAD'))) return 'merge';
  if (existsSync(join(gitDir, 'CHERRY_PICK_HEAD'))) return 'cherry-pick';
  if (existsSync(join(gitDir, 'REVERT_HEAD'))) return 'revert';
  return undefined;
}

function refExists(commonDir: string, ref: string): boolean {
  if (existsSync(join(commonDir, ref))) return true;
  const packed = readText(join(commonDir, 'packed-refs'));
  return packed !== undefined && packed.split('\n').some((line) => line.endsWith(` ${ref}`));
}

function hasAnyBranch(commonDir: string): boolean {
  const packed = readText(join(commonDir, 'packed-refs'));
  if (packed !== undefined && packed.split('\n').some((line) => line.includes(' refs/heads/'))) return true;
  try {
    return readdirSync(join(commonDir, 'refs', 'heads'), { recursive: true, withFileTypes: true }).some((entry) => entry.isFile());
  } catch {
    return false;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
