/** A branch tip as `git for-each-ref` reports it. */
export interface RefTip {
  /** Full ref name: `refs/heads/stage/login`, `refs/remotes/origin/stage/login`. */
  ref: string;
  sha: string;
  /** Committer date of the tip, in seconds since the epoch. */
  date: number;
}

/** The `--format` that parseRefTips reads: name, id and committer date, tab-separated. */
export const REF_TIP_FORMAT = '%(refname)%09%(objectname)%09%(committerdate:unix)';

export function parseRefTips(output: string): RefTip[] {
  const tips: RefTip[] = [];
  for (const line of output.split('\n')) {
    const [ref, sha, date] = line.split('\t');
    if (!ref || !sha) continue;
    tips.push({ ref, sha, date: Number(date) || 0 });
  }
  return tips;
}

/** Local and remote-tracking tips of one branch name. */
export interface BranchTips {
  branch: string;
  local: RefTip | undefined;
  remote: RefTip | undefined;
}

export function tipsOf(branch: string, tips: readonly RefTip[], remote: string): BranchTips {
  return {
    branch,
    local: tips.find((tip) => tip.ref === `refs/heads/${branch}`),
    remote: tips.find((tip) => tip.ref === `refs/remotes/${remote}/${branch}`),
  };
}
