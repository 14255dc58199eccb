import type { RemoteTip } from '../core/deploy/judge-deploy.js';
import type { FetchOutcome } from '../core/refs/fetch-outcome.js';
import { readGitConfigs } from './config.js';
import { countDivergence } from './divergence.js';
import { runGit } from './run-git.js';

/**
 * `git fetch <remote>`, bounded in time: helpers carry on from local refs when it fails.
 * Nothing may wait for an answer: GIT_TERMINAL_PROMPT=0 fails a password prompt at once, and ssh
 * runs in batch mode with a connect timeout (unless the user chose their own ssh command). On
 * timeout runGit kills git with its ssh and whatever that started.
 */
export async function fetchRemote(
  remote: string,
  cwd: string,
  timeoutMs: number,
  starting: () => void = () => {},
): Promise<FetchOutcome> {
  const urlKey = `remote.${remote}.url`;
  const config = await readGitConfigs([urlKey, 'core.sshCommand'], cwd);
  if (!config.has(urlKey)) return { ok: false, why: 'no-remote', detail: '' };
  starting();
  const result = await runGit(['fetch', '--quiet', '--prune', '--no-tags', remote], {
    cwd,
    timeoutMs,
    env: fetchEnvironment(process.env, config.has('core.sshCommand'), timeoutMs),
  });
  if (result.timedOut) return { ok: false, why: 'timeout', detail: '' };
  if (result.code !== 0) return { ok: false, why: 'failed', detail: firstLine(result.stderr) };
  return { ok: true };
}

/** The environment of a fetch that never prompts; an ssh command the user set is left as it is. */
export function fetchEnvironment(
  env: NodeJS.ProcessEnv,
  sshCommandConfigured: boolean,
  timeoutMs: number,
): NodeJS.ProcessEnv {
  const own = sshCommandConfigured || Boolean(env.GIT_SSH_COMMAND) || Boolean(env.GIT_SSH);
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    ...(own ? {} : { GIT_SSH_COMMAND: `ssh -o BatchMode=yes -o ConnectTimeout=${seconds}` }),
  };
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.replace(/^fatal: /, '').trim())
      .find(Boolean) ?? ''
  );
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
export async function readRemoteFacts(
  head: string | undefined,
  branch: string | undefined,
  stageBranch: string,
  remote: string,
  cwd: string,
): Promise<RemoteFacts> {
  const refs = [branch, stageBranch]
    .filter((name) => name !== undefined)
    .map((name) => `refs/remotes/${remote}/${name}`);
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
  return {
    remoteTip: { kind: 'differs', ahead: divergence.leftOnly, behind: divergence.rightOnly },
    stageBranchOnRemote,
  };
}

export type PushOutcome = { ok: true } | { ok: false; detail: string };

/** `git push <remote> <branch>`, hooks and all; a refusal comes back with git's (and the hook's) words. */
export async function pushBranch(branch: string, remote: string, cwd: string): Promise<PushOutcome> {
  const result = await runGit(['push', '--quiet', remote, `refs/heads/${branch}:refs/heads/${branch}`], { cwd });
  return result.code === 0 ? { ok: true } : { ok: false, detail: result.stderr.trim() };
}
