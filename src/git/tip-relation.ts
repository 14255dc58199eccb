import type { TipRelation } from '../core/start/choose-start.js';
import { runGit } from './run-git.js';

/** How a local tip relates to a remote one; two `merge-base --is-ancestor` at most. */
export async function tipRelation(localSha: string, remoteSha: string, cwd: string): Promise<TipRelation> {
  if (localSha === remoteSha) return 'same';
  const behind = await runGit(['merge-base', '--is-ancestor', localSha, remoteSha], { cwd });
  if (behind.code === 0) return 'local-behind';
  const ahead = await runGit(['merge-base', '--is-ancestor', remoteSha, localSha], { cwd });
  return ahead.code === 0 ? 'local-ahead' : 'diverged';
}
