import { readGitConfigs } from './read-config-value.js';
import { runGit } from './run-git.js';

export type FetchOutcome =
  | { ok: true }
  | { ok: false; why: 'no-remote' | 'timeout' | 'failed'; detail: string };

/**
 * `git fetch <remote>`, bounded in time: helpers carry on from local refs when it fails.
 * Nothing may wait for an answer: GIT_TERMINAL_PROMPT=0 fails a password prompt at once, and ssh
 * runs in batch mode with a connect timeout (unless the user chose their own ssh command). On
 * timeout runGit kills git with its ssh and whatever that started.
 */
export async function fetchRemote(remote: string, cwd: string, timeoutMs: number, starting: () => void = () => {}): Promise<FetchOutcome> {
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
export function fetchEnvironment(env: NodeJS.ProcessEnv, sshCommandConfigured: boolean, timeoutMs: number): NodeJS.ProcessEnv {
  const own = sshCommandConfigured || Boolean(env.GIT_SSH_COMMAND) || Boolean(env.GIT_SSH);
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    ...(own ? {} : { GIT_SSH_COMMAND: `ssh -o BatchMode=yes -o ConnectTimeout=${seconds}` }),
  };
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.replace(/^fatal: /, '').trim()).find(Boolean) ?? '';
}
