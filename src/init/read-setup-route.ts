import { loadConfig } from '../config/load-config.js';
import { defaultConfig } from '../core/config/defaults.js';
import { defaultBranchPlace } from '../core/init/remote-default-branch.js';
import { type SetupRoute, setupRoute } from '../core/init/setup-route.js';
import { StageflowError } from '../errors.js';
import { hasRemote, readGitConfig } from '../git/config.js';
import { findRepository, readHead } from '../git/repository.js';

/** Where HEAD is, whether the remote is configured, and the branch names of the config (the defaults when it is invalid: doctor reports that). */
export async function readSetupRoute(topLevel: string, packageDir: string): Promise<SetupRoute> {
  const head = await readHead(await findRepository(topLevel));
  const config = await loadConfig(packageDir).then(
    (loaded) => loaded.config,
    (error: unknown) => {
      if (error instanceof StageflowError) return defaultConfig();
      throw error;
    },
  );
  const configured = await hasRemote(config.remote, topLevel);
  const url = configured ? await readGitConfig(`remote.${config.remote}.url`, topLevel) : undefined;
  const defaultBranch = url ? defaultBranchPlace(url, topLevel) : undefined;
  return setupRoute(head, config.branches, {
    name: config.remote,
    configured,
    ...(defaultBranch ? { defaultBranch } : {}),
  });
}
