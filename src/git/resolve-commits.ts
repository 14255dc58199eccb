import { runGit } from './run-git.js';

export type Resolved = { ok: true; shas: string[] } | { ok: false; error: string };

/**
 * The commit ids of `revisions`, in one git process; git's own words when one is unknown.
 * Callers refuse revisions starting with `-`: rev-parse would echo `--end-of-options` back.
 */
export async function resolveCommits(revisions: readonly string[], cwd: string): Promise<Resolved> {
  const result = await runGit(['rev-parse', ...revisions.map((revision) => `${revision}^{commit}`)], { cwd });
  if (result.code !== 0) return { ok: false, error: result.stderr.trim().split('\n')[0] ?? `exit code ${result.code}` };
  return { ok: true, shas: result.stdout.trim().split('\n') };
}
