import type { SyncStep } from '../core/sync/plan-sync.js';
import { stepArgs } from '../core/sync/sync-outcome.js';
import { runGit } from './run-git.js';

export type IntegrateOutcome =
  | { ok: true }
  /** git stopped half-way (a conflict, or a hook that refused the merge commit): the operation is in progress. */
  | { ok: false; stopped: true; conflicted: string[]; detail: string }
  /** git refused before changing anything. */
  | { ok: false; stopped: false; detail: string };

/**
 * Runs one step of sync: a merge (fast-forward when it can, whatever merge.ff says) or a rebase
 * that keeps the merge commits the branch holds (a merge of main) as merges.
 */
export async function integrateCommits(
  step: SyncStep,
  cwd: string,
  inProgress: () => Promise<boolean>,
): Promise<IntegrateOutcome> {
  const result = await runGit(stepArgs(step), { cwd });
  if (result.code === 0) return { ok: true };
  const detail = `${result.stdout}\n${result.stderr}`.trim();
  if (!(await inProgress())) return { ok: false, stopped: false, detail };
  return { ok: false, stopped: true, conflicted: await conflictedPaths(cwd), detail };
}

async function conflictedPaths(cwd: string): Promise<string[]> {
  const result = await runGit(['diff', '--name-only', '--diff-filter=U', '-z'], { cwd });
  return result.stdout.split('\0').filter(Boolean);
}
