import { slugify } from '../core/branch/slugify.js';
import { ENGINEER_KEY } from './config-keys.js';
import { readGitConfigs } from './read-config-value.js';

/** The engineer part of a work branch: the name start-work remembered, else git's user.name, as a slug. */
export async function readEngineer(cwd: string): Promise<string | undefined> {
  const config = await readGitConfigs([ENGINEER_KEY, 'user.name'], cwd);
  return slugify(config.get(ENGINEER_KEY) || config.get('user.name') || '') || undefined;
}
