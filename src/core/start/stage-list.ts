import { classifyBranch } from '../branch/classify-branch.js';
import { closestWord } from '../closest-word.js';
import type { BranchConfig } from '../config/types.js';
import { type BranchNames, type BranchTips, branchNamesOf, type RefTip, tipsOf } from './ref-tips.js';

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
  return stageBranchesOf(branchNamesOf(tips, remote), branches)
    .map((branch) => {
      const branchTips = tipsOf(branch, tips, remote);
      const updated = Math.max(branchTips.local?.date ?? 0, branchTips.remote?.date ?? 0);
      return { ...branchTips, stage: branch.slice(branches.stagePrefix.length), updated };
    })
    .sort((a, b) => b.updated - a.updated || a.stage.localeCompare(b.stage));
}

/** Every valid stage branch known here or on the remote, each once. */
export function stageBranchesOf(names: BranchNames, branches: BranchConfig): string[] {
  return [...new Set([...names.remote, ...names.local])].filter(
    (name) => classifyBranch(name, branches).kind === 'stage',
  );
}

/** Finds a stage by its name (`login`) or its branch (`stage/login`). */
export function findStage(stages: readonly StageEntry[], name: string, branches: BranchConfig): StageEntry | undefined {
  const stage = name.startsWith(branches.stagePrefix) ? name.slice(branches.stagePrefix.length) : name;
  return stages.find((entry) => entry.stage === stage);
}

/** The existing stage nearest to a mistyped name (`checkot` → `checkout`), if one is near enough. */
export function closestStage(stages: readonly StageEntry[], name: string, branches: BranchConfig): string | undefined {
  const stage = name.startsWith(branches.stagePrefix) ? name.slice(branches.stagePrefix.length) : name;
  return closestWord(
    stage,
    stages.map((entry) => entry.stage),
  );
}
