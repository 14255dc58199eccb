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
  return validRecordedStages(await readStageRecords(cwd), branches);
}

/** What start-work recorded, as [work branch, value] in git's order (validRecordedStages keeps the stages). */
export async function readStageRecords(cwd: string): Promise<[string, string][]> {
  const result = await runGit(['config', '--get-regexp', STAGE_KEY_PATTERN], { cwd });
  if (result.code !== 0) return [];
  return result.stdout.split('\n').flatMap((line): [string, string][] => {
    const space = line.indexOf(' ');
    const branch = space === -1 ? undefined : branchOfStageKey(line.slice(0, space));
    return branch === undefined ? [] : [[branch, line.slice(space + 1)]];
  });
}

/** The records that name a valid stage branch, as that branch; of several for one work branch, the last. */
export function validRecordedStages(
  records: readonly (readonly [string, string])[],
  branches: BranchConfig,
): Map<string, string> {
  const stages = new Map<string, string>();
  for (const [branch, value] of records) {
    const stage = stageBranchOf(value, branches);
    if (stage !== undefined) stages.set(branch, stage);
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
