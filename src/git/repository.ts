import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Operation } from '../core/branch/operation.js';
import { type RefStorage, refStorageOf } from '../core/refs/ref-storage.js';
import { GitTroubleError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { isDirectory, readText } from '../fs/read-file-state.js';
import type { Repository } from './repository-dirs.js';
import { runGit } from './run-git.js';

export type { Repository } from './repository-dirs.js';

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
    throw new GitTroubleError({ kind: 'not-a-repository', cwd: cwd ?? process.cwd() }, ExitCode.usage);
  }
  const [gitDir = '', commonDir = '', bare = ''] = result.stdout.split('\n');
  // --git-common-dir may print a path relative to the current directory.
  return { gitDir, commonDir: resolve(cwd ?? process.cwd(), commonDir), bare: bare.trim() === 'true' };
}

/**
 * Reads HEAD from the files git keeps, without a git process. During a rebase HEAD is detached, so
 * the branch being rewritten is read from the rebase state instead. When the refs are kept where
 * files do not show them (reftable, git 2.45+), HEAD's file is a stub: then git is asked, in two git
 * processes. Files that show a born branch are conclusive in any layout, so a commit in a
 * repository with history never pays for the check of the layout.
 */
export async function readHead(repository: Repository): Promise<HeadState> {
  const files = readHeadFiles(repository);
  if (!files.unborn || readRefStorage(repository.commonDir) === 'files') return files;
  // Loaded only here: with ref files, a hook does not load it, nor its refusal's text and picocolors.
  const { readHeadFromGit } = await import('./head-from-git.js');
  const git = await readHeadFromGit(repository);
  if (git.ref === undefined)
    return { ...rebasedBranch(repository.gitDir, files.operation), operation: files.operation };
  const branch = git.ref.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : undefined;
  return { branch, unborn: branch !== undefined && !git.anyBranch, operation: files.operation };
}

/** How the refs are stored, from the files of the common directory (no git process). */
export function readRefStorage(commonDir: string): RefStorage {
  return refStorageOf({
    reftableDir: isDirectory(join(commonDir, 'reftable')),
    configText: readText(join(commonDir, 'config')),
  });
}

function readHeadFiles(repository: Repository): HeadState {
  const head = readText(join(repository.gitDir, 'HEAD'))?.trim() ?? '';
  const operation = currentOperation(repository.gitDir);
  if (head.startsWith('ref: ')) {
    const ref = head.slice(5);
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    return { branch, unborn: !refExists(repository.commonDir, ref) && !hasAnyBranch(repository.commonDir), operation };
  }
  return { ...rebasedBranch(repository.gitDir, operation), operation };
}

/** HEAD is detached: during a rebase, the branch being rewritten is in the rebase state. */
function rebasedBranch(
  gitDir: string,
  operation: Operation | undefined,
): { branch: string | undefined; unborn: false } {
  if (operation === 'rebase') {
    const headName =
      readText(join(gitDir, 'rebase-merge', 'head-name')) ?? readText(join(gitDir, 'rebase-apply', 'head-name'));
    const ref = headName?.trim() ?? '';
    if (ref.startsWith('refs/heads/')) return { branch: ref.slice('refs/heads/'.length), unborn: false };
  }
  return { branch: undefined, unborn: false };
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

export function refExists(commonDir: string, ref: string): boolean {
  if (existsSync(join(commonDir, ref))) return true;
  const packed = readText(join(commonDir, 'packed-refs'));
  return (packed ?? '').split('\n').some((line) => line.endsWith(` ${ref}`));
}

function hasAnyBranch(commonDir: string): boolean {
  const packed = readText(join(commonDir, 'packed-refs'));
  if ((packed ?? '').split('\n').some((line) => line.includes(' refs/heads/'))) return true;
  try {
    return readdirSync(join(commonDir, 'refs', 'heads'), { recursive: true, withFileTypes: true }).some((entry) =>
      entry.isFile(),
    );
  } catch {
    return false;
  }
}
