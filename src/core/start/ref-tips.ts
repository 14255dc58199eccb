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
/** Name and id alone: git lists them without reading a commit. parseRefIds reads it. */
export const REF_ID_FORMAT = '%(refname)%09%(objectname)';

/** A branch tip without its date. */
export type RefId = Pick<RefTip, 'ref' | 'sha'>;

export function parseRefIds(output: string): RefId[] {
  return parseRefTips(output).map(({ ref, sha }) => ({ ref, sha }));
}

export function parseRefTips(output: string): RefTip[] {
  const tips: RefTip[] = [];
  for (const line of output.split('\n')) {
    const [ref, sha, date] = line.split('\t');
    if (!ref || !sha) continue;
    tips.push({ ref, sha, date: Number(date) || 0 });
  }
  return tips;
}

/** `stage/login` for `refs/heads/stage/login`, `origin/stage/login` for `refs/remotes/origin/stage/login`. */
export function shortRefName(ref: string): string {
  return ref.replace(/^refs\/(heads|remotes)\//, '');
}

/** The branch a tip is of, local or `remote`'s; undefined for other refs and `<remote>/HEAD`. */
export function branchOfTip(ref: string, remote: string): { branch: string; side: 'local' | 'remote' } | undefined {
  if (ref.startsWith('refs/heads/')) return { branch: ref.slice('refs/heads/'.length), side: 'local' };
  const remotePrefix = `refs/remotes/${remote}/`;
  if (ref.startsWith(remotePrefix) && ref !== `${remotePrefix}HEAD`)
    return { branch: ref.slice(remotePrefix.length), side: 'remote' };
  return undefined;
}

export interface BranchNames {
  local: Set<string>;
  /** Branch names on the remote, as last fetched. */
  remote: Set<string>;
}

/**
 * The ref to compare `branch` with: the remote's copy when there is one (what the team sees), else
 * the local branch; undefined when neither is known.
 */
export function compareRefOf(names: BranchNames, branch: string, remote: string): string | undefined {
  if (names.remote.has(branch)) return `${remote}/${branch}`;
  return names.local.has(branch) ? branch : undefined;
}

export function branchNamesOf(tips: readonly Pick<RefTip, 'ref'>[], remote: string): BranchNames {
  const names: BranchNames = { local: new Set(), remote: new Set() };
  for (const tip of tips) {
    const of = branchOfTip(tip.ref, remote);
    if (of) names[of.side].add(of.branch);
  }
  return names;
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
