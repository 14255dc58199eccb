import type { RemoteTip } from '../core/deploy/judge-deploy.js';
import { countDivergence } from './count-divergence.js';
import { runGit } from './run-git.js';

export interface WorkTreeState {
  /** HEAD's branch; undefined when detached. */
  branch: string | undefined;
  head: string | undefined;
  /** Tracked files with changes not committed, staged or not; untracked files do not count. */
  changedFiles: string[];
}

/** One `git status`: HEAD and the tracked files that differ from it. */
export async function readWorkTreeState(cwd: string): Promise<WorkTreeState> {
  // --no-optional-locks: a deploy must not take the index lock from a git the user runs meanwhile.
  const result = await runGit(['--no-optional-locks', 'status', '--porcelain=v2', '--branch', '--untracked-files=no', '-z'], { cwd });
  if (result.code !== 0) throw new Error(`git status failed: ${result.stderr.trim()}`);
  let branch: string | undefined;
  let head: string | undefined;
  const changedFiles: string[] = [];
  const entries = result.stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? '';
    if (entry.startsWith('# branch.head ')) branch = entry.slice('# branch.head '.length);
    else if (entry.startsWith('# branch.oid ')) head = entry.slice('# branch.oid '.length);
    else if (entry.startsWith('1 ')) changedFiles.push(entry.split(' ').slice(8).join(' '));
    else if (entry.startsWith('2 ')) {
      changedFiles.push(entry.split(' ').slice(9).join(' '));
      i++; // a rename's original path follows as an entry of its own
    } else if (entry.startsWith('u ')) changedFiles.push(entry.split(' ').slice(10).join(' '));
  }
  return { branch: branch === '(detached)' ? undefined : branch, head: head === '(initial)' ? undefined : head, changedFiles };
}

export interface RemoteFacts {
  remoteTip: RemoteTip;
  stageBranchOnRemote: boolean;
}

/**
 * Where the branch and the stage's branch are among the remote-tracking refs, as last fetched:
 * no fetch, so a deploy never waits on the network; one `for-each-ref`, and a `rev-list` when HEAD
 * is not the tip.
 */
export async function readRemoteFacts(head: string | undefined, branch: string | undefined, stageBranch: string, remote: string, cwd: string): Promise<RemoteFacts> {
  const refs = [branch, stageBranch].filter((name) => name !== undefined).map((name) => `refs/remotes/${remote}/${name}`);
  const result = await runGit(['for-each-ref', '--format=%(objectname) %(refname)', ...refs], { cwd });
  if (result.code !== 0) throw new Error(`git for-each-ref failed: ${result.stderr.trim()}`);
  const tips = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) tips.set(line.slice(space + 1), line.slice(0, space));
  }
  const stageBranchOnRemote = tips.has(`refs/remotes/${remote}/${stageBranch}`);
  const tip = branch === undefined ? undefined : tips.get(`refs/remotes/${remote}/${branch}`);
  if (tip === undefined || head === undefined) return { remoteTip: { kind: 'missing' }, stageBranchOnRemote };
  if (tip === head) return { remoteTip: { kind: 'same' }, stageBranchOnRemote };
  const divergence = await countDivergence(head, tip, cwd);
  if (divergence === undefined) throw new Error(`git could not compare HEAD with ${remote}/${branch}`);
  return { remoteTip: { kind: 'differs', ahead: divergence.leftOnly, behind: divergence.rightOnly }, stageBranchOnRemote };
}
