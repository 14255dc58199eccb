import { StringDecoder } from 'node:string_decoder';
import { runGit } from './run-git.js';

export interface CommitRecord {
  sha: string;
  parents: string[];
  message: string;
}

/** A `git log` already running, whose commits go to the reader `read` is given. */
export interface StartedLog {
  /** Rejects with git's words when git fails (an unknown revision), after the commits it did list. */
  read(onCommit: (commit: CommitRecord) => void): Promise<void>;
  /** Stops git and lets go of what it wrote, when nobody is to read it; after `read`, nothing. */
  stop(): void;
}

/**
 * The commits `git log` lists for `revisions` (any revision arguments: `a..b`, `tip --not ...`),
 * newest first, in one git process however many there are. Each goes to `read`'s reader as soon as
 * git has written it, so the caller judges the messages while git writes the next ones and never
 * holds the whole log; messages are kept byte for byte. git starts now and is read later: it walks
 * the history while the caller loads its config and rules, which over 10,000 commits is worth as
 * much as judging them. What git writes before `read` is called waits in memory.
 */
export function startLog(revisions: readonly string[], cwd: string): StartedLog {
  const held: Buffer[] = [];
  let reader: ((chunk: Buffer) => void) | undefined;
  const abort = new AbortController();
  let reading = false;
  const finished = runGit(['log', '-z', '--format=%H %P%n%B', '--no-show-signature', ...revisions], {
    cwd,
    onStdout: (chunk) => (reader ? reader(chunk) : void held.push(chunk)),
    signal: abort.signal,
  });
  // A command that fails before it reads the log leaves git's outcome to nobody.
  finished.catch(() => undefined);
  const stop = () => {
    held.length = 0;
    reader = () => undefined;
    abort.abort();
  };
  return {
    stop: () => {
      if (!reading) stop();
    },
    async read(onCommit) {
      reading = true;
      const records = recordSplitter(onCommit);
      try {
        for (const chunk of held.splice(0)) records.write(chunk);
      } catch (error) {
        stop();
        throw error;
      }
      reader = records.write;
      const result = await finished;
      if (result.code !== 0) throw new Error(`git log ${revisions.join(' ')} failed: ${result.stderr.trim()}`);
      records.end();
    },
  };
}

/** Splits git's `-z` output into commits, piece by piece as it arrives. */
function recordSplitter(onCommit: (commit: CommitRecord) => void): { write(chunk: Buffer): void; end(): void } {
  // Records end at NUL, which UTF-8 never uses inside a character; the decoder holds back a
  // character cut in two by the end of a piece. One decode per piece, not one per commit.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = (record: string) => {
    if (/\S/.test(record)) onCommit(parseCommitRecord(record));
  };
  return {
    write(chunk) {
      const text = pending + decoder.write(chunk);
      let start = 0;
      for (let end = text.indexOf('\0'); end !== -1; end = text.indexOf('\0', start)) {
        emit(text.slice(start, end));
        start = end + 1;
      }
      pending = text.slice(start);
    },
    end() {
      emit(pending + decoder.end());
    },
  };
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
 * The log starts now (see startLog); with no tips there is nothing to list, and no git.
 */
export function startNewCommitsLog(tips: readonly string[], remoteShas: readonly string[], cwd: string): StartedLog {
  if (tips.length === 0) return { read: async () => undefined, stop: () => undefined };
  return startLog(newCommitsRevisions(tips, remoteShas), cwd);
}

function newCommitsRevisions(tips: readonly string[], remoteShas: readonly string[]): string[] {
  return ['--ignore-missing', ...tips, '--not', '--remotes', ...remoteShas];
}
