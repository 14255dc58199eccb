import { GitTroubleError } from '../errors.js';
import type { Repository } from './repository-dirs.js';
import { runGit } from './run-git.js';

export interface HeadFromGit {
  /** The ref HEAD names (`refs/heads/main`); undefined when HEAD is detached. */
  ref: string | undefined;
  /** Whether any branch (refs/heads/*) exists. */
  anyBranch: boolean;
}

/**
 * Where HEAD is, asked of git: for ref storage the files do not show (reftable). Two git
 * processes, started together, however many refs there are. A git that cannot read the
 * repository (older than the reftable) is an error: the hook fails closed, never a first commit.
 */
export async function readHeadFromGit(repository: Repository): Promise<HeadFromGit> {
  const options = { isolate: true };
  const gitDir = `--git-dir=${repository.gitDir}`;
  const [head, branches] = await Promise.all([
    runGit([gitDir, 'symbolic-ref', '-q', 'HEAD'], options),
    runGit([gitDir, 'for-each-ref', '--count=1', '--format=%(refname)', 'refs/heads/'], options),
  ]);
  // symbolic-ref -q exits 1, silently, for a detached HEAD; anything else is git failing.
  const failed = [head, branches].find(
    (result) => result.code !== 0 && !(result === head && result.code === 1 && result.stderr.trim() === ''),
  );
  if (failed) throw new GitTroubleError({ kind: 'head-unreadable', gitError: failed.stderr });
  return {
    ref: head.code === 0 ? head.stdout.trim() || undefined : undefined,
    anyBranch: branches.stdout.trim() !== '',
  };
}
