import { join } from 'node:path';
import type { BranchConfig } from '../core/config/types.js';
import { parseStageRecords } from '../core/git-config/stage-records.js';
import { branchOfStageKey, STAGE_KEY_PATTERN, stageKey } from '../core/git-config-keys.js';
import { stageBranchOf } from '../core/status/stage-branch-of.js';
import { readText } from '../fs/read-file-state.js';
import { readGitConfig } from './config.js';
import { runGit } from './run-git.js';

/**
 * Every valid stage branch start-work recorded, keyed by work branch, however many branches are
 * pushed: from the repository's config file when `commonDir` is known and the file is plain
 * (no git process), else in one git process.
 */
export async function readRecordedStages(
  branches: BranchConfig,
  cwd: string,
  commonDir?: string,
): Promise<Map<string, string>> {
  const fromFile = commonDir === undefined ? undefined : recordsOfConfigFile(join(commonDir, 'config'));
  const records = fromFile ?? (await recordsFromGit(cwd));
  const stages = new Map<string, string>();
  for (const [branch, value] of records) {
    const stage = stageBranchOf(value, branches);
    if (stage !== undefined) stages.set(branch, stage);
  }
  return stages;
}

/** Per-worktree config files (extensions.worktreeConfig) are git's to merge. */
function recordsOfConfigFile(path: string): Map<string, string> | undefined {
  const text = readText(path);
  if (text === undefined || /^\s*worktreeconfig\s*=\s*true\b/im.test(text)) return undefined;
  return parseStageRecords(text);
}

async function recordsFromGit(cwd: string): Promise<Map<string, string>> {
  const result = await runGit(['config', '--get-regexp', STAGE_KEY_PATTERN], { cwd });
  const records = new Map<string, string>();
  if (result.code !== 0) return records;
  for (const line of result.stdout.split('\n')) {
    const space = line.indexOf(' ');
    const branch = space === -1 ? undefined : branchOfStageKey(line.slice(0, space));
    if (branch !== undefined) records.set(branch, line.slice(space + 1));
  }
  return records;
}

/** The stage branch start-work recorded for a work branch; undefined when none, or not a valid stage. */
export async function readRecordedStage(
  branch: string,
  branches: BranchConfig,
  cwd: string,
): Promise<string | undefined> {
  return stageBranchOf(await readGitConfig(stageKey(branch), cwd), branches);
}
