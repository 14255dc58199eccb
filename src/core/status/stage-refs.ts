import type { BranchConfig } from '../config/types.js';
import { type BranchNames, compareRefOf } from '../start/ref-tips.js';
import { stageBranchesOf } from '../start/stage-list.js';

/**
 * Every stage branch known here or on `remote`, each with the ref to compare with: the remote's
 * copy when there is one (what the team sees), else the local branch.
 */
export function stageRefsOf(
  names: BranchNames,
  branches: BranchConfig,
  remote: string,
): { branch: string; ref: string }[] {
  return stageBranchesOf(names, branches).map((branch) => ({ branch, ref: compareRefOf(names, branch, remote)! }));
}
