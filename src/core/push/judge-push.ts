import { type BranchInfo, classifyBranch } from '../branch/classify-branch.js';
import type { BranchConfig } from '../config/types.js';
import { isZeroId, type RefUpdate } from './parse-ref-lines.js';

export type RefAction = 'create' | 'update' | 'delete';

export type RefVerdict =
  | {
      allowed: true;
      why:
        | 'tag'
        | 'other-ref'
        | 'unprotected'
        | 'work'
        | 'allowed-name'
        | 'main-bootstrap'
        | 'stage-from-main'
        | 'delete-invalid';
    }
  | {
      allowed: false;
      why: 'protected-update' | 'protected-delete' | 'stage-not-from-main' | 'stage-main-unknown' | 'invalid-name';
    };

export interface JudgedRef {
  update: RefUpdate;
  action: RefAction;
  /** Set for `refs/heads/*`. */
  branch: BranchInfo | undefined;
  verdict: RefVerdict;
}

/** Facts the git adapter found out for stage branches being created. */
export interface PushFacts {
  /** For each stage creation's local sha: true when the remote's main already contains it. */
  onRemoteMain: ReadonlyMap<string, boolean | undefined>;
}

export function refAction(update: RefUpdate): RefAction {
  if (isZeroId(update.localSha)) return 'delete';
  if (isZeroId(update.remoteSha)) return 'create';
  return 'update';
}

export function branchOfRef(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** Stage creations whose base must be checked against the remote's main. */
export function stageCreations(updates: readonly RefUpdate[], branches: BranchConfig): RefUpdate[] {
  return updates.filter((update) => {
    const name = branchOfRef(update.remoteRef);
    if (name === undefined || refAction(update) !== 'create') return false;
    const branch = classifyBranch(name, branches);
    return branch.kind === 'stage' && branch.protected;
  });
}

export function judgeRef(update: RefUpdate, branches: BranchConfig, facts: PushFacts): JudgedRef {
  const action = refAction(update);
  const name = branchOfRef(update.remoteRef);
  const judged = (branch: BranchInfo | undefined, verdict: RefVerdict): JudgedRef => ({
    update,
    action,
    branch,
    verdict,
  });
  if (name === undefined) {
    return judged(undefined, { allowed: true, why: update.remoteRef.startsWith('refs/tags/') ? 'tag' : 'other-ref' });
  }

  const branch = classifyBranch(name, branches);
  switch (branch.kind) {
    case 'work':
      return judged(branch, { allowed: true, why: 'work' });
    case 'allowed':
      return judged(branch, { allowed: true, why: 'allowed-name' });
    case 'invalid':
      return judged(
        branch,
        action === 'delete' ? { allowed: true, why: 'delete-invalid' } : { allowed: false, why: 'invalid-name' },
      );
    case 'main':
    case 'stage': {
      if (!branch.protected) return judged(branch, { allowed: true, why: 'unprotected' });
      if (action === 'delete') return judged(branch, { allowed: false, why: 'protected-delete' });
      if (action === 'update') return judged(branch, { allowed: false, why: 'protected-update' });
      if (branch.kind === 'main') return judged(branch, { allowed: true, why: 'main-bootstrap' });
      const onMain = facts.onRemoteMain.get(update.localSha);
      if (onMain === true) return judged(branch, { allowed: true, why: 'stage-from-main' });
      return judged(branch, { allowed: false, why: onMain === false ? 'stage-not-from-main' : 'stage-main-unknown' });
    }
  }
}

/**
 * The local commits whose messages a push must check: the new tips of every allowed branch and tag
 * not deleted (a tag brings its commits along too). Other refs (notes) hold no commits of the team's.
 */
export function pushedTips(judged: readonly JudgedRef[]): string[] {
  const carriesCommits = (ref: JudgedRef) => ref.branch !== undefined || ref.verdict.why === 'tag';
  return [
    ...new Set(
      judged
        .filter((ref) => ref.action !== 'delete' && ref.verdict.allowed && carriesCommits(ref))
        .map((ref) => ref.update.localSha),
    ),
  ];
}
