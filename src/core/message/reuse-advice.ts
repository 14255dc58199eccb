import { posix } from 'node:path';

/**
 * How the refused commit was made, as far as the hook can tell, so the printed command makes the
 * same commit again. git gives no sign of `--amend`, so every kind but reword also gets an amend line.
 */
export type ReuseAdvice =
  /** The commit used the index as it is: committing the saved message again makes the same commit. */
  | { kind: 'plain' }
  /** `git rebase -i` reword: the picked commit exists and the refused step was its amend. */
  | { kind: 'reword' }
  /** `git commit -a`: it staged every tracked change into a temporary index git has dropped. */
  | { kind: 'all' }
  /** `git commit -p` or `--include <paths>`: what it staged for itself is gone and must be staged again. */
  | { kind: 'restage' }
  /** `git commit <paths>` or `--only <paths>`: the same paths must be named again. */
  | { kind: 'paths'; paths: string[] }
  /** `git commit --amend --only`: a new message for the last commit, leaving the staged changes out. */
  | { kind: 'amend-only' };

/**
 * Which index the commit used, from the GIT_INDEX_FILE git sets for the hook (seen in git 2.39):
 * `index` for a plain commit; the locked `index.lock` for -a, --include and --patch, which stage into
 * it and roll it back when the commit is refused; `next-index-<pid>.lock` for `<paths>`/`--only`.
 */
export type IndexUsed = 'index' | 'locked' | 'partial';

export function indexUsed(indexFile: string | undefined): IndexUsed {
  const name = posix.basename((indexFile ?? '').replace(/\\/g, '/'));
  if (name === 'index.lock') return 'locked';
  if (/^next-index-.*\.lock$/.test(name)) return 'partial';
  return 'index';
}

/** The sequencer names its step in GIT_REFLOG_ACTION: "rebase (reword)", or "rebase -i (reword)" in older git. */
export function isRebaseReword(reflogAction: string | undefined, rebaseMergeExists: boolean): boolean {
  return rebaseMergeExists && /^rebase\b.*\(reword\)/.test(reflogAction ?? '');
}

/**
 * A path from `git diff --name-only` (relative to the top) as the user types it in `prefix` (GIT_PREFIX,
 * the directory git was run from): relative, and literal when it holds characters a pathspec treats as magic.
 */
export function pathForPrefix(path: string, prefix: string): string {
  const relative = posix.relative(prefix.replace(/\/+$/, ''), path) || '.';
  return /[*?[\]\\]|^:/.test(relative) ? `:(literal)${relative}` : relative;
}
