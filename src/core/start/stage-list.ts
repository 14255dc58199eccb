import type { BranchConfig } from '../../config/types.js';
import { classifyBranch } from '../branch/classify-branch.js';
import { branchOfTip, tipsOf, type BranchTips, type RefTip } from './ref-tips.js';

export interface StageEntry extends BranchTips {
  /** The stage name: `login` for `stage/login`. */
  stage: string;
  /** The most recent committer date of its local and remote tips. */
  updated: number;
}

/**
 * Every valid stage branch, local and remote merged into one entry per name, most recently
 * updated first (ties by name, so the order is stable).
 */
export function listStages(tips: readonly RefTip[], branches: BranchConfig, remote: string): StageEntry[] {
  const names = new Set<string>();
  for (const { ref } of tips) {
    const branch = branchOfTip(ref, remote)?.branch;
    if (branch !== undefined && classifyBranch(branch, branches).kind === 'stage') names.add(branch);
  }
  return [...names]
    .map((branch) => {
      const branchTips = tipsOf(branch, tips, remote);
      const updated = Math.max(branchTips.local?.date ?? 0, branchTips.remote?.date ?? 0);
      return { ...branchTips, stage: branch.slice(branches.stagePrefix.length), updated };
    })
    .sort((a, b) => b.updated - a.updated || a.stage.localeCompare(b.stage));
}

/** Finds a stage by its name (`login`) or its branch (`stage/login`). */
export function findStage(stages: readonly StageEntry[], name: string, branches: BranchConfig): StageEntry | undefined {
  const stage = name.startsWith(branches.stagePrefix) ? name.slice(branches.stagePrefix.length) : name;
  return stages.find((entry) => entry.stage === stage);
}
