import { readGitConfig, setSameNameUpstream } from '../../git/config.js';
import { publishCommand } from '../../messages/started-text.js';

/**
 * Sets the same-name upstream and returns the command that publishes the branch: plain
 * `git push` when push.default follows the upstream (simple, upstream, current: git's default is
 * simple), the explicit form when it does not (matching, nothing) or there is no remote.
 */
export async function setUpPublishing(
  branch: string,
  remote: string,
  hasRemote: boolean,
  cwd: string,
): Promise<string> {
  if (!hasRemote) return publishCommand(branch, remote);
  await setSameNameUpstream(branch, remote, cwd);
  const pushDefault = (await readGitConfig('push.default', cwd)) ?? 'simple';
  return ['simple', 'upstream', 'tracking', 'current'].includes(pushDefault)
    ? 'git push'
    : publishCommand(branch, remote);
}
