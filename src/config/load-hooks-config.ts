import { findHooksConfigDir } from '../git/hooks-config-dir.js';
import { type LoadedConfig, loadConfig } from './load-config.js';

/**
 * The config the installed hooks read (looked up from the git root, or from the `--project` of
 * their hook lines), wherever the command runs; outside a working tree, the one found from `cwd`.
 * `stageflow config` shows this one, and `stage` and `status` act on it.
 */
export async function loadHooksConfig(cwd: string): Promise<LoadedConfig> {
  const hooks = await findHooksConfigDir(cwd);
  return loadConfig(hooks?.dir ?? cwd);
}
