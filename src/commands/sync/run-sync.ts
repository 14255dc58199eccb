import type { SyncStep } from '../../core/sync/plan-sync.js';
import type { ActPlan, SyncOutcome, Unstashed } from '../../core/sync/sync-outcome.js';
import { integrateCommits } from '../../git/integrate-commits.js';
import { type Repository, readHead } from '../../git/repository.js';
import { gitOutput } from '../../git/run-git.js';
import { stashChanges, unstashChanges } from '../../git/stash-changes.js';
import { stashMessage } from '../../messages/sync-text.js';

/**
 * Carries a plan out: stash (untracked files too), each step in turn, then the stash back. It stops
 * at the first step git leaves half done, with the stash still in the list: nothing is lost, and
 * the words say how to finish or abort.
 */
export async function runSync(
  plan: ActPlan,
  published: boolean,
  repository: Repository,
  cwd: string,
): Promise<SyncOutcome> {
  const head = () => gitOutput(['rev-parse', 'HEAD'], { cwd }).then((sha) => sha.trim());
  const before = await head();
  let stash: string | undefined;
  if (plan.stash) {
    const stashed = await stashChanges(stashMessage(plan.branch), cwd);
    if (!stashed.ok) return { kind: 'stash-failed', plan, detail: stashed.detail };
    stash = stashed.sha;
  }
  const unstash = async (): Promise<Unstashed> => {
    if (stash === undefined) return { kind: 'none' };
    const back = await unstashChanges(stash, cwd);
    return back.ok ? { kind: 'restored' } : { kind: 'failed', kept: back.kept, detail: back.detail };
  };
  const inProgress = async () => (await readHead(repository)).operation !== undefined;

  const done: SyncStep[] = [];
  for (const [index, step] of plan.steps.entries()) {
    const outcome = await integrateCommits(step, cwd, inProgress);
    if (outcome.ok) {
      done.push(step);
      continue;
    }
    if (outcome.stopped) {
      return {
        kind: 'stopped',
        plan,
        step,
        done,
        remaining: plan.steps.slice(index + 1),
        conflicted: outcome.conflicted,
        stashed: stash !== undefined,
        before,
      };
    }
    const unstashed = await unstash();
    return { kind: 'refused', plan, step, done, detail: outcome.detail, unstashed, before, after: await head() };
  }
  const unstashed = await unstash();
  return { kind: 'done', plan, before, after: await head(), unstashed, published };
}
