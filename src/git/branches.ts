import {
  parseRefIds,
  parseRefTips,
  REF_ID_FORMAT,
  REF_TIP_FORMAT,
  type RefId,
  type RefTip,
} from '../core/start/ref-tips.js';
import { type Repository, readRefStorage, refExists } from './repository.js';
import { gitOutput } from './run-git.js';

/**
 * Whether a branch of that name exists (or a branch below it, which blocks the name too), for
 * suggesting a name nobody has taken yet. Refusal paths only. Read from the ref files without a
 * git process; when the files do not show the refs (reftable), one git process lists them.
 */
export async function readTakenBranches(repository: Repository): Promise<(name: string) => boolean> {
  const { commonDir } = repository;
  if (readRefStorage(commonDir) === 'files') return (name) => refExists(commonDir, `refs/heads/${name}`);
  const output = await gitOutput(
    [`--git-dir=${repository.gitDir}`, 'for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/'],
    { isolate: true },
  );
  const names = output.split('\n').filter(Boolean);
  return (name) => names.some((taken) => taken === name || taken.startsWith(`${name}/`));
}

/** Every local branch and every branch of `remote` as last fetched, in one git process. */
export async function listRefTips(remote: string, cwd: string): Promise<RefTip[]> {
  const output = await gitOutput(
    ['for-each-ref', `--format=${REF_TIP_FORMAT}`, 'refs/heads/', `refs/remotes/${remote}/`],
    { cwd },
  );
  return parseRefTips(output);
}

/** listRefTips without the dates, which git would read from each tip's commit. */
export async function listRefIds(remote: string, cwd: string): Promise<RefId[]> {
  return parseRefIds(
    await gitOutput(['for-each-ref', `--format=${REF_ID_FORMAT}`, 'refs/heads/', `refs/remotes/${remote}/`], { cwd }),
  );
}

/**
 * Whether `branch` is the repository's only branch and no `<remote>/<main>` is known here: a
 * brand-new repository about to publish its first branch. One git process; refusal path only.
 */
export async function isOnlyBranchBeforeMain(
  branch: string,
  remote: string,
  main: string,
  cwd: string,
): Promise<boolean> {
  const remoteMain = `refs/remotes/${remote}/${main}`;
  const output = await gitOutput(['for-each-ref', '--format=%(refname)', 'refs/heads/', remoteMain], { cwd });
  const refs = output.split('\n').filter(Boolean);
  return !refs.includes(remoteMain) && refs.length === 1 && refs[0] === `refs/heads/${branch}`;
}

/** `git branch --no-track <branch> <start>`: a new branch, without switching to it. */
export async function createBranch(branch: string, start: string, cwd: string): Promise<void> {
  await gitOutput(['branch', '--no-track', branch, start], { cwd });
}
