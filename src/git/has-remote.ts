import { readGitConfig } from './read-config-value.js';

/** Whether `remote` is configured here (it has a URL); it may still be unreachable. */
export async function hasRemote(remote: string, cwd: string): Promise<boolean> {
  return (await readGitConfig(`remote.${remote}.url`, cwd)) !== undefined;
}
