import { gitOutput } from './run-git.js';

export interface BranchRefs {
  /** Local branch names. */
  local: Set<string>;
  /** Branch names on `remote`, as last fetched. */
  remote: Set<string>;
}

/** Every local branch and every remote-tracking branch of `remote`, in one git process. */
export async function readBranchRefs(remote: string, cwd: string): Promise<BranchRefs> {
  const remotePrefix = `refs/remotes/${remote}/`;
  const output = await gitOutput(['for-each-ref', '--format=%(refname)', 'refs/heads/', remotePrefix], { cwd });
  const refs: BranchRefs = { local: new Set(), remote: new Set() };
  for (const ref of output.split('\n')) {
    if (ref.startsWith('refs/heads/')) refs.local.add(ref.slice('refs/heads/'.length));
    else if (ref.startsWith(remotePrefix) && ref !== `${remotePrefix}HEAD`) refs.remote.add(ref.slice(remotePrefix.length));
  }
  return refs;
}
