import type { SyncPlan, SyncStep } from './plan-sync.js';

export type ActPlan = Extract<SyncPlan, { kind: 'act' }>;

/** How the stash sync made came back: not needed, restored, or kept in the stash list (`kept`). */
export type Unstashed = { kind: 'none' } | { kind: 'restored' } | { kind: 'failed'; kept: boolean; detail: string };

/** What a sync that acted came to, as plain data for the words. */
export type SyncOutcome =
  | { kind: 'done'; plan: ActPlan; before: string; after: string; unstashed: Unstashed; published: boolean }
  /** git stopped half-way through `step` (a conflict): the commands to finish or abort it. */
  | {
      kind: 'stopped';
      plan: ActPlan;
      step: SyncStep;
      done: SyncStep[];
      remaining: SyncStep[];
      conflicted: string[];
      stashed: boolean;
      before: string;
    }
  /** git refused `step` before changing anything; what was done before it stays, the stash comes back. */
  | {
      kind: 'refused';
      plan: ActPlan;
      step: SyncStep;
      done: SyncStep[];
      detail: string;
      unstashed: Unstashed;
      before: string;
      after: string;
    }
  | { kind: 'stash-failed'; plan: ActPlan; detail: string };

/** The git command that runs a step, as sync runs it (also what --dry-run and the texts show). */
export function stepArgs(step: SyncStep): string[] {
  return step.kind === 'stage' && step.strategy === 'rebase'
    ? ['rebase', '--rebase-merges', step.ref]
    : ['merge', '--ff', '--no-edit', step.ref];
}
