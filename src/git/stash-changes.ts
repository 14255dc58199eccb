import { runGit } from './run-git.js';

/** The commit refs/stash points at; undefined when the stash is empty. */
async function stashTip(cwd: string): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '-q', '--verify', 'refs/stash'], { cwd });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

export type StashOutcome = { ok: true; sha: string } | { ok: false; detail: string };

/** Puts every uncommitted change aside, untracked files included (ignored ones stay). */
export async function stashChanges(message: string, cwd: string): Promise<StashOutcome> {
  const before = await stashTip(cwd);
  const result = await runGit(['stash', 'push', '--include-untracked', '-m', message], { cwd });
  const after = await stashTip(cwd);
  if (result.code !== 0 || after === undefined || after === before)
    return { ok: false, detail: (result.stderr || result.stdout).trim() };
  return { ok: true, sha: after };
}

export type UnstashOutcome = { ok: true } | { ok: false; kept: boolean; detail: string };

/**
 * Brings the stash sync made back (`git stash pop`, as git's own autostash does). When git cannot
 * apply it cleanly it keeps the entry: `kept` says so, and nothing is lost.
 */
export async function unstashChanges(sha: string, cwd: string): Promise<UnstashOutcome> {
  if ((await stashTip(cwd)) !== sha)
    return { ok: false, kept: false, detail: 'the stash sync made is no longer the newest entry' };
  const result = await runGit(['stash', 'pop'], { cwd });
  if (result.code === 0) return { ok: true };
  return { ok: false, kept: (await stashTip(cwd)) === sha, detail: (result.stderr || result.stdout).trim() };
}
