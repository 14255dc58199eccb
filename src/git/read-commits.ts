import { StringDecoder } from 'node:string_decoder';
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
  const commits: CommitRecord[] = [];
  await forEachCommit(revisions, cwd, (commit) => commits.push(commit));
  return commits;
}

/**
 * readCommits one commit at a time, each as soon as git has written it: the caller judges the
 * messages while git still writes the next ones, and never holds the whole log in memory.
 */
export async function forEachCommit(
  revisions: readonly string[],
  cwd: string,
  onCommit: (commit: CommitRecord) => void,
): Promise<void> {
  // Records end at NUL, which UTF-8 never uses inside a character; the decoder holds back a
  // character cut in two by the end of a piece. One decode per piece, not one per commit.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const onStdout = (chunk: Buffer) => {
    const text = pending + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\0'); end !== -1; end = text.indexOf('\0', start)) {
      emit(text.slice(start, end));
      start = end + 1;
    }
    pending = text.slice(start);
  };
  const emit = (record: string) => {
    if (/\S/.test(record)) onCommit(parseCommitRecord(record));
  };
  const result = await runGit(['log', '-z', '--format=%H %P%n%B', '--no-show-signature', ...revisions], {
    cwd,
    onStdout,
  });
  if (result.code !== 0) throw new Error(`git log ${revisions.join(' ')} failed: ${result.stderr.trim()}`);
  emit(pending + decoder.end());
}

function parseCommitRecord(record: string): CommitRecord {
  const newline = record.indexOf('\n');
  const ids = (newline === -1 ? record : record.slice(0, newline)).trim().split(' ');
  return {
    sha: ids[0] ?? '',
    parents: ids.length > 1 ? ids.slice(1).filter(Boolean) : [],
    message: newline === -1 ? '' : record.slice(newline + 1),
  };
}

/**
 * Every commit reachable from `tips` that no remote has been seen to have, in one git process
 * however many commits and refs are pushed. `--ignore-missing` lets remote ids we never fetched
 * pass. All remotes, not only the one pushed to: a remote never fetched, or a push to a URL, has no
 * remote-tracking refs, and the team's published history must not be blamed on the pusher.
 * Each commit goes to `onCommit` as soon as git lists it (see forEachCommit).
 */
export async function forEachNewCommit(
  tips: readonly string[],
  remoteShas: readonly string[],
  cwd: string,
  onCommit: (commit: CommitRecord) => void,
): Promise<void> {
  if (tips.length === 0) return;
  await forEachCommit(['--ignore-missing', ...tips, '--not', '--remotes', ...remoteShas], cwd, onCommit);
}
