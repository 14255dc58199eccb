import { runGit } from './run-git.js';

/**
 * How many commits of `sha` neither `remoteSha` nor any remote-tracking branch of `remote` has:
 * what a refused push of a protected branch would have brought. One git process; undefined when
 * git cannot tell.
 */
export async function countUnpublished(sha: string, remoteSha: string, remote: string, cwd: string): Promise<number | undefined> {
  const result = await runGit(['rev-list', '--count', '--ignore-missing', sha, '--not', remoteSha, `--remotes=${remote}`, '--'], { cwd });
  const count = Number(result.stdout.trim());
  return result.code === 0 && result.stdout.trim() !== '' && Number.isInteger(count) ? count : undefined;
}
