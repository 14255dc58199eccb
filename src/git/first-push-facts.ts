import { gitOutput } from './run-git.js';

/**
 * Whether `branch` is the repository's only branch and no `<remote>/<main>` is known here: a
 * brand-new repository about to publish its first branch. One git process; refusal path only.
 */
export async function isOnlyBranchBeforeMain(branch: string, remote: string, main: string, cwd: string): Promise<boolean> {
  const remoteMain = `refs/remotes/${remote}/${main}`;
  const output = await gitOutput(['for-each-ref', '--format=%(refname)', 'refs/heads/', remoteMain], { cwd });
  const refs = output.split('\n').filter(Boolean);
  return !refs.includes(remoteMain) && refs.length === 1 && refs[0] === `refs/heads/${branch}`;
}
