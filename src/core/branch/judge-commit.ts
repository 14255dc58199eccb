import type { BranchConfig } from '../config/types.js';
import { type BranchInfo, classifyBranch, isCommitAllowedOn } from './classify-branch.js';

export interface HeadFacts {
  branch: string | undefined;
  unborn: boolean;
}

export type CommitVerdict =
  | { allowed: true; why: 'valid-branch' | 'first-commit'; branch: BranchInfo | undefined }
  | { allowed: false; why: 'detached' | 'protected' | 'invalid-name'; branch: BranchInfo | undefined };

/** May a commit be made where HEAD is? */
export function judgeCommit(head: HeadFacts, branches: BranchConfig): CommitVerdict {
  if (head.branch === undefined) return { allowed: false, why: 'detached', branch: undefined };
  const branch = classifyBranch(head.branch, branches);
  if (head.unborn) return { allowed: true, why: 'first-commit', branch };
  if (isCommitAllowedOn(branch)) return { allowed: true, why: 'valid-branch', branch };
  return { allowed: false, why: branch.kind === 'invalid' ? 'invalid-name' : 'protected', branch };
}
