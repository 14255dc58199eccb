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

/**
 * Why some of `revisions` did not resolve: which of them name no commit here, and whether the
 * clone is shallow (then they may only be missing from its history). Runs on the failure path
 * only: one git process per revision, and one more. Callers refuse revisions starting with `-`.
 */
export async function explainUnknownRevisions(
  revisions: readonly string[],
  cwd: string,
): Promise<{ unknown: string[]; shallow: boolean; repository: boolean }> {
  const [shallow, ...found] = await Promise.all([
    runGit(['rev-parse', '--is-shallow-repository'], { cwd }),
    ...revisions.map((revision) => runGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd })),
  ]);
  // rev-parse fails only outside a repository; a repository answers true or false.
  const repository = shallow!.code === 0;
  return {
    unknown: revisions.filter((_, i) => found[i]!.code !== 0),
    shallow: repository && shallow!.stdout.trim() !== 'false',
    repository,
  };
}
