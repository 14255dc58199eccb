import { parseRevListParents } from '../status/count-pairs.js';

/** How many lines are joined into one string at a time. */
const BATCH = 512;

/**
 * The parents of every commit a push adds, kept as text until a refusal reads them. A push of
 * thousands of commits is mostly accepted, and a map of ids taken from git's output held every piece
 * of that output alive (the ids are slices of it): collecting the garbage took twice as long as in
 * `check --range`, which keeps nothing. Joining each batch of `<id> <parent>...` lines copies them
 * out, and git's pieces go.
 */
export class CommitGraphText {
  private readonly batches: string[] = [];
  private lines: string[] = [];

  add(sha: string, parents: readonly string[]): void {
    this.lines.push(parents.length === 0 ? sha : `${sha} ${parents.join(' ')}`);
    if (this.lines.length === BATCH) {
      this.batches.push(this.lines.join('\n'));
      this.lines = [];
    }
  }

  /** Each commit with its parents, as `git rev-list --parents` gives them. */
  read(): Map<string, string[]> {
    const text = [...this.batches, this.lines.join('\n')].join('\n');
    return new Map(parseRevListParents(text).map((commit) => [commit.sha, commit.parents]));
  }
}
