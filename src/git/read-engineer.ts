import { slugify } from '../core/branch/slugify.js';
import { ENGINEER_KEY } from '../core/git-config-keys.js';
import { readGitConfigs } from './config.js';

/** The git config keys the engineer's name is read from, in order: ask for them with others in one process. */
const ENGINEER_KEYS = [ENGINEER_KEY, 'user.name'] as const;

/** The engineer part of a work branch from values read with ENGINEER_KEYS: the name start-work remembered, else git's user.name, as a slug. */
function engineerOf(config: ReadonlyMap<string, string>): string | undefined {
  return slugify(config.get(ENGINEER_KEY) || config.get('user.name') || '') || undefined;
}

/**
 * The engineer's name (engineerOf), whether start-work remembered one yet, and the name git has
 * when no branch name can be made of it (`李雷`: no letter a-z), in one git process.
 */
export async function readEngineerMemory(
  cwd: string,
): Promise<{ engineer: string | undefined; remembered: boolean; unusable: string | undefined }> {
  const config = await readGitConfigs(ENGINEER_KEYS, cwd);
  const engineer = engineerOf(config);
  const written = config.get(ENGINEER_KEY) || config.get('user.name') || '';
  return {
    engineer,
    remembered: Boolean(config.get(ENGINEER_KEY)),
    unusable: engineer === undefined && written.trim() ? written.trim() : undefined,
  };
}

/** The engineer part of a work branch, read in one git process (engineerOf). */
export async function readEngineer(cwd: string): Promise<string | undefined> {
  return engineerOf(await readGitConfigs(ENGINEER_KEYS, cwd));
}
