import type { BranchConfig } from '../../config/types.js';
import { classifyBranch } from '../branch/classify-branch.js';
import { compareRefOf, type BranchNames } from '../start/ref-tips.js';

/**
 * Every stage branch known here or on `remote`, each with the ref to compare with: the remote's
 * copy when there is one (what the team sees), else the local branch.
 */
export function stageRefsOf(names: BranchNames, branches: BranchConfig, remote: string): { branch: string; ref: string }[] {
  return [...new Set([...names.remote, ...names.local])]
    .filter((name) => classifyBranch(name, branches).kind === 'stage')
    .map((branch) => ({ branch, ref: compareRefOf(names, branch, remote)! }));
}
