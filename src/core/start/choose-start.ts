import type { BranchTips, RefTip } from './ref-tips.js';

/** How the local tip relates to the remote one, as `git merge-base --is-ancestor` tells. */
export type TipRelation = 'same' | 'local-behind' | 'local-ahead' | 'diverged';

export interface StartPoint {
  tip: RefTip;
  side: 'local' | 'remote';
  /** Set when the other side has commits this start point leaves out. */
  leftOut: 'local-ahead' | 'diverged' | undefined;
}

/**
 * Where a new branch starts: the newest of the local and the remote tip. When the local tip is
 * ahead, `localAhead` decides: a work branch takes the local commits along; a new stage starts
 * from the remote's main only, since the pre-push hook accepts nothing else.
 */
export function chooseStart(
  tips: BranchTips,
  relation: TipRelation | undefined,
  localAhead: 'local' | 'remote',
): StartPoint | undefined {
  const { local, remote } = tips;
  if (!local && !remote) return undefined;
  if (!remote) return { tip: local!, side: 'local', leftOut: undefined };
  if (!local) return { tip: remote, side: 'remote', leftOut: undefined };
  switch (relation) {
    case 'same':
      return localAhead === 'local'
        ? { tip: local, side: 'local', leftOut: undefined }
        : { tip: remote, side: 'remote', leftOut: undefined };
    case 'local-ahead':
      return localAhead === 'local'
        ? { tip: local, side: 'local', leftOut: undefined }
        : { tip: remote, side: 'remote', leftOut: 'local-ahead' };
    case 'diverged':
      return { tip: remote, side: 'remote', leftOut: 'diverged' };
    default:
      return { tip: remote, side: 'remote', leftOut: undefined };
  }
}
