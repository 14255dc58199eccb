import { runGit } from './run-git.js';

export interface CommitRecord {
  sha: string;
  parents: string[];
  message: string;
}

/**
 * The commits `git log` lists for `revisions` (any revision arguments: `a..b`, `tip --not ...`),
 * newest first, in one git process however many there are. Messages are kept byte for byte.
 */
export async function readCommits(revisions: readonly string[], cwd: string): Promise<CommitRecord[]> {
  const result = await runGit(['log', '-z', '--format=%H %P%n%B', '--no-show-signature', ...revisions], { cwd });
  if (result.code !== 0) throw new Error(`git log ${revisions.join(' ')} failed: ${result.stderr.trim()}`);
  return parseCommitLog(result.stdout);
}

/** Parses `git log -z --format='%H %P%n%B'`: NUL-separated records, the ids on the first line. */
export function parseCommitLog(stdout: string): CommitRecord[] {
  return stdout
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const newline = record.indexOf('\n');
      const [sha = '', ...parents] = record.slice(0, newline === -1 ? undefined : newline).trim().split(' ');
      return { sha, parents: parents.filter(Boolean), message: newline === -1 ? '' : record.slice(newline + 1) };
    });
}
