import type { BranchConfig } from '../config/types.js';
import { isGitBranchName } from './git-branch-name.js';
import { matchesAnyGlob } from './glob.js';

export type InvalidReason =
  | 'stage-name-missing'
  | 'stage-name-invalid'
  | 'stage-name-too-long'
  | 'work-segments'
  | 'work-engineer-invalid'
  | 'work-change-invalid'
  | 'unknown-kind'
  /** Matches `branches.allowed`, but git refuses it as a branch name. */
  | 'not-a-git-name';

export type BranchInfo =
  | { kind: 'main'; name: string; protected: boolean }
  | { kind: 'stage'; name: string; stage: string; protected: boolean }
  | { kind: 'work'; name: string; engineer: string; change: string }
  | { kind: 'allowed'; name: string }
  | { kind: 'invalid'; name: string; reason: InvalidReason };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STAGE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

export function stageNameProblem(
  stage: string,
  maxLength: number,
): 'stage-name-missing' | 'stage-name-invalid' | 'stage-name-too-long' | undefined {
  if (stage === '') return 'stage-name-missing';
  if (!STAGE_NAME.test(stage)) return 'stage-name-invalid';
  if (stage.length > maxLength) return 'stage-name-too-long';
  return undefined;
}

/** Which part of the strategy a branch name belongs to, judged on the name alone. */
export function classifyBranch(name: string, branches: BranchConfig): BranchInfo {
  const isProtected = !matchesAnyGlob(name, branches.unprotected);
  if (name === branches.main) return { kind: 'main', name, protected: isProtected };

  if (name.startsWith(branches.stagePrefix)) {
    const stage = name.slice(branches.stagePrefix.length);
    const problem = stageNameProblem(stage, branches.stageMaxLength);
    if (problem) return { kind: 'invalid', name, reason: problem };
    return { kind: 'stage', name, stage, protected: isProtected };
  }

  if (name.startsWith(branches.workPrefix)) {
    const segments = name.slice(branches.workPrefix.length).split('/');
    if (segments.length !== 2) return { kind: 'invalid', name, reason: 'work-segments' };
    const [engineer, change] = segments as [string, string];
    if (!isSlug(engineer)) return { kind: 'invalid', name, reason: 'work-engineer-invalid' };
    if (!isSlug(change)) return { kind: 'invalid', name, reason: 'work-change-invalid' };
    return { kind: 'work', name, engineer, change };
  }

  if (matchesAnyGlob(name, branches.allowed))
    return isGitBranchName(name) ? { kind: 'allowed', name } : { kind: 'invalid', name, reason: 'not-a-git-name' };
  return { kind: 'invalid', name, reason: 'unknown-kind' };
}

export function isCommitAllowedOn(branch: BranchInfo): boolean {
  if (branch.kind === 'main' || branch.kind === 'stage') return !branch.protected;
  return branch.kind !== 'invalid';
}
