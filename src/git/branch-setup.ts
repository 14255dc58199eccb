import { writeGitConfig } from './write-config-value.js';

/**
 * Makes `<remote>/<branch>` the upstream of `branch` before it exists there, so that a plain
 * `git push` (push.default simple, upstream or current) publishes it under the same name.
 */
export async function setSameNameUpstream(branch: string, remote: string, cwd: string): Promise<void> {
  await writeGitConfig(`branch.${branch}.remote`, remote, cwd);
  await writeGitConfig(`branch.${branch}.merge`, `refs/heads/${branch}`, cwd);
}
