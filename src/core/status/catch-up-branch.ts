import type { BranchConfig } from '../config/types.js';

/** The work branch that brings main into a stage: `work/<engineer>/<stage>-catch-up`. */
export function catchUpBranch(branches: BranchConfig, engineer: string, stage: string): string {
  return `${branches.workPrefix}${engineer}/${stage}-catch-up`;
}
