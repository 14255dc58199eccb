import type { SyncHead, SyncOperation } from './sync-facts.js';

export type SyncRefusal =
  | { why: 'detached' }
  | { why: 'operation'; operation: SyncOperation }
  | { why: 'main'; branch: string }
  | { why: 'stage'; branch: string; stage: string }
  | { why: 'not-work'; branch: string };

/** sync acts only on a work branch, with no merge, rebase or other operation half done. */
export function judgeSyncHead(head: SyncHead): SyncRefusal | undefined {
  if (head.operation !== undefined) return { why: 'operation', operation: head.operation };
  const { branch } = head;
  if (branch === undefined) return { why: 'detached' };
  if (branch.kind === 'main') return { why: 'main', branch: branch.name };
  if (branch.kind === 'stage') return { why: 'stage', branch: branch.name, stage: branch.stage };
  if (branch.kind !== 'work') return { why: 'not-work', branch: branch.name };
  return undefined;
}
