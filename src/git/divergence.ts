import { lagBehind, reachOf } from '../core/push/stage-lag.js';
import type { LocalBehind, VersusMain } from '../core/status/status-facts.js';
import { mergedIntoMain } from './ancestry.js';
import { runGit } from './run-git.js';

export interface Divergence {
  /** Commits only `left` has. */
  leftOnly: number;
  /** Commits only `right` has. */
  rightOnly: number;
}

/** How far two commits have gone apart since their merge base; undefined when one is unknown. */
export async function countDivergence(left: string, right: string, cwd: string): Promise<Divergence | undefined> {
  const result = await runGit(['rev-list', '--left-right', '--count', `${left}...${right}`, '--'], { cwd });
  const [leftOnly, rightOnly] = result.stdout.trim().split(/\s+/).map(Number);
  if (
    result.code !== 0 ||
    leftOnly === undefined ||
    rightOnly === undefined ||
    Number.isNaN(leftOnly) ||
    Number.isNaN(rightOnly)
  )
    return undefined;
  return { leftOnly, rightOnly };
}

/** How a stage compares with main; undefined when main is not known here. */
export async function versusMain(
  stageRef: string,
  mainRef: string | undefined,
  cwd: string,
): Promise<VersusMain | undefined> {
  if (mainRef === undefined) return undefined;
  const divergence = await countDivergence(stageRef, mainRef, cwd);
  if (!divergence) return undefined;
  const merged =
    divergence.leftOnly === 0 && divergence.rightOnly > 0 && (await mergedIntoMain(stageRef, mainRef, cwd));
  return { ref: mainRef, stageOnly: divergence.leftOnly, mainOnly: divergence.rightOnly, merged };
}

/**
 * Of `names`, the local branches behind their copy on `remote` as last fetched (a local main or
 * stage that was never caught up): one git process per branch that is both here and there.
 */
export async function readLocalBehind(
  names: readonly string[],
  current: string,
  known: { local: ReadonlySet<string>; remote: ReadonlySet<string> },
  remote: string,
  cwd: string,
): Promise<LocalBehind[]> {
  const both = [...new Set(names)].filter((name) => known.local.has(name) && known.remote.has(name));
  const counted = await Promise.all(
    both.map((name) => countDivergence(`refs/heads/${name}`, `refs/remotes/${remote}/${name}`, cwd)),
  );
  return both.flatMap((branch, index) => {
    const divergence = counted[index];
    if (!divergence || divergence.rightOnly === 0) return [];
    return [
      {
        branch,
        ref: `${remote}/${branch}`,
        behind: divergence.rightOnly,
        ahead: divergence.leftOnly,
        current: branch === current,
      },
    ];
  });
}

export interface PushedOver {
  sha: string;
  /** What the remote has there now. */
  remoteSha: string;
}

/**
 * For each pushed sha: how many of its commits neither its `remoteSha` nor any remote-tracking
 * branch of `remote` has, what a refused push of a protected branch would have brought. One git
 * process however many refs (the commits above the remote-tracking branches, then a walk in
 * memory); undefined for all when git cannot tell.
 */
export async function countUnpublished(
  pushes: readonly PushedOver[],
  remote: string,
  cwd: string,
): Promise<Map<string, number | undefined>> {
  if (pushes.length === 0) return new Map();
  const tips = [...new Set(pushes.flatMap((push) => [push.sha, push.remoteSha]))];
  const result = await runGit(
    ['rev-list', '--parents', '--ignore-missing', ...tips, '--not', `--remotes=${remote}`, '--'],
    { cwd },
  );
  if (result.code !== 0) return new Map(pushes.map((push) => [push.sha, undefined]));
  const graph = new Map<string, string[]>();
  for (const line of result.stdout.split('\n')) {
    const [sha, ...parents] = line.split(' ');
    if (sha) graph.set(sha, parents);
  }
  // A commit outside the graph is on a remote-tracking branch: published, like all it reaches.
  return new Map(
    pushes.map((push) => [
      push.sha,
      lagBehind(graph, push.sha, push.remoteSha, reachOf(graph, push.remoteSha)).workOnly,
    ]),
  );
}
