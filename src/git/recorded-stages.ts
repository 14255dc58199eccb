import type { BranchConfig } from '../core/config/types.js';
import { branchOfStageKey, STAGE_KEY_PATTERN, stageKey } from '../core/git-config-keys.js';
import { stageBranchOf } from '../core/status/stage-branch-of.js';
import { readGitConfig } from './config.js';
import { runGit } from './run-git.js';

/**
 * Every valid stage branch start-work recorded, keyed by work branch, in one git process however
 * many branches are pushed.
 */
export async function readRecordedStages(branches: BranchConfig, cwd: string): Promise<Map<string, string>> {
  const result = await runGit(['config', '--get-regexp', STAGE_KEY_PATTERN], { cwd });
  const stages = new Map<string, string>();
  if (result.code !== 0) return stages;
  for (const line of result.stdout.split('\n')) {
    const space = line.indexOf(' ');
    const branch = space === -1 ? undefined : branchOfStageKey(line.slice(0, space));
    const stage = branch === undefined ? undefined : stageBranchOf(line.slice(space + 1), branches);
    if (branch !== undefined && stage !== undefined) stages.set(branch, stage);
  }
  return stages;
}

/** The stage branch start-work recorded for a work branch; undefined when none, or not a valid stage. */
export async function readRecordedStage(
  branch: string,
  branches: BranchConfig,
  cwd: string,
): Promise<string | undefined> {
  return stageBranchOf(await readGitConfig(stageKey(branch), cwd), branches);
}
