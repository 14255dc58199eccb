import { readGitConfig } from './read-config-value.js';
import { runGit } from './run-git.js';

export type FetchOutcome =
  | { ok: true }
  | { ok: false; why: 'no-remote' | 'timeout' | 'failed'; detail: string };

/**
 * `git fetch <remote>`, bounded in time: helpers carry on from local refs when it fails.
 * GIT_TERMINAL_PROMPT=0 makes a remote that wants a password fail at once instead of waiting.
 */
export async function fetchRemote(remote: string, cwd: string, timeoutMs: number): Promise<FetchOutcome> {
  if ((await readGitConfig(`remote.${remote}.url`, cwd)) === undefined) return { ok: false, why: 'no-remote', detail: '' };
  const result = await runGit(['fetch', '--quiet', '--prune', '--no-tags', remote], {
    cwd,
    timeoutMs,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (result.timedOut) return { ok: false, why: 'timeout', detail: '' };
  if (result.code !== 0) return { ok: false, why: 'failed', detail: firstLine(result.stderr) };
  return { ok: true };
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.replace(/^fatal: /, '').trim()).find(Boolean) ?? '';
}
