import { runGit } from './run-git.js';

export type PushOutcome = { ok: true } | { ok: false; detail: string };

/** `git push <remote> <branch>`, hooks and all; a refusal comes back with git's (and the hook's) words. */
export async function pushBranch(branch: string, remote: string, cwd: string): Promise<PushOutcome> {
  const result = await runGit(['push', '--quiet', remote, `refs/heads/${branch}:refs/heads/${branch}`], { cwd });
  return result.code === 0 ? { ok: true } : { ok: false, detail: result.stderr.trim() };
}
