import type { BranchConfig } from '../config/types.js';
import type { BranchInfo } from './classify-branch.js';
import { slugify, stageSlugify } from './slugify.js';

export const FALLBACK_ENGINEER = 'your-name';
const FALLBACK_CHANGE = 'describe-the-change';

/** The engineer part of a suggested work branch: the name as a slug, or a placeholder. */
export function engineerSlug(engineerName: string | undefined): string {
  return slugify(engineerName ?? '') || FALLBACK_ENGINEER;
}

/** A valid name close to an invalid one, for the fix command in the message. */
export function suggestBranchName(
  branch: Extract<BranchInfo, { kind: 'invalid' }>,
  branches: BranchConfig,
  engineerName: string | undefined,
): string {
  const engineer = engineerSlug(engineerName);
  const { name } = branch;

  if (name.startsWith(branches.stagePrefix) && branch.reason !== 'unknown-kind') {
    const stage = stageSlugify(name.slice(branches.stagePrefix.length), branches.stageMaxLength);
    if (stage) return branches.stagePrefix + stage;
    return suggestWorkBranch(branches, engineer, '');
  }

  if (name.startsWith(branches.workPrefix)) {
    const segments = name.slice(branches.workPrefix.length).split('/').filter(Boolean);
    if (segments.length >= 2) {
      const [first, ...rest] = segments as [string, ...string[]];
      return suggestWorkBranch(branches, slugify(first) || engineer, rest.join('-'));
    }
    return suggestWorkBranch(branches, engineer, segments[0] ?? '');
  }

  return suggestWorkBranch(branches, engineer, name);
}

export function suggestWorkBranch(branches: BranchConfig, engineerSlug: string, change: string): string {
  return `${branches.workPrefix}${engineerSlug}/${slugify(change) || FALLBACK_CHANGE}`;
}

/**
 * `name` when no branch has it yet, else the first free of `name-2`, `name-3`, ...: a suggested
 * command must not fail because someone pasted the same suggestion before.
 */
export function freeBranchName(name: string, taken: (name: string) => boolean): string {
  if (!taken(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
