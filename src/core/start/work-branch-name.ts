import { classifyBranch } from '../branch/classify-branch.js';
import { slugify } from '../branch/slugify.js';
import type { BranchConfig } from '../config/types.js';

export type NameProblem = 'engineer-empty' | 'change-empty' | 'invalid';

export type WorkBranchName =
  | { ok: true; name: string; engineer: string; change: string }
  | { ok: false; problem: NameProblem; name: string };

/** `work/<engineer>/<change>` from what a person typed: each part slugified, then checked. */
export function workBranchName(engineerText: string, changeText: string, branches: BranchConfig): WorkBranchName {
  const engineer = slugify(engineerText);
  const change = slugify(changeText);
  const name = `${branches.workPrefix}${engineer || '<engineer>'}/${change || '<change>'}`;
  if (!engineer) return { ok: false, problem: 'engineer-empty', name };
  if (!change) return { ok: false, problem: 'change-empty', name };
  if (classifyBranch(name, branches).kind !== 'work') return { ok: false, problem: 'invalid', name };
  return { ok: true, name, engineer, change };
}
