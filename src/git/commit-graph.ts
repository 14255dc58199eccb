import {
  countPairs,
  type GraphCommit,
  type PairCount,
  pairKey,
  parseRevListParents,
} from '../core/status/count-pairs.js';
import { countDivergence } from './divergence.js';
import { gitOutput, runGit } from './run-git.js';

/**
 * The commits reachable from `tips` but not from all of them, each with its parents: what telling
 * the tips apart needs. A commit absent from the graph is an ancestor of every tip. Two git
 * processes however many tips and commits: the tips' common bases, then the commits above them;
 * one for two tips.
 */
export async function readCommitGraph(tips: readonly string[], cwd: string): Promise<Map<string, string[]>> {
  const unique = [...new Set(tips)];
  const graph = new Map<string, string[]>();
  if (unique.length === 0) return graph;
  const output =
    unique.length === 2
      ? // Two tips (a push of one work branch, one stage): their symmetric difference is that set, in one process.
        await gitOutput(['rev-list', '--parents', `${unique[0]}...${unique[1]}`, '--'], { cwd })
      : await walkAboveBases(unique, cwd);
  for (const line of output.split('\n')) {
    const [sha, ...parents] = line.split(' ');
    if (sha) graph.set(sha, parents);
  }
  return graph;
}

async function walkAboveBases(tips: readonly string[], cwd: string): Promise<string> {
  // Exit code 1: no common ancestor (unrelated histories), so nothing is left out.
  const bases = await runGit(['merge-base', '--octopus', '--all', ...tips], { cwd });
  const excluded = bases.code === 0 ? bases.stdout.split('\n').filter(Boolean) : [];
  const input = [...tips, ...excluded.map((sha) => `^${sha}`)].join('\n');
  return gitOutput(['rev-list', '--parents', '--stdin'], { cwd, input: `${input}\n` });
}

/**
 * How far each pair of commits has gone apart, in two git processes however many pairs: the tips'
 * common ancestors (`merge-base --octopus`), then one walk of what lies above them (returned, for
 * mergedFromWalk). Tips with no
 * common ancestor (unrelated histories) fall back to one `rev-list --count` per pair.
 */
export async function countTipPairs(
  pairs: readonly (readonly [string, string])[],
  cwd: string,
): Promise<{ counts: Map<string, PairCount>; walk: GraphCommit[] | undefined }> {
  const tips = [...new Set(pairs.flat())];
  if (tips.length === 0) return { counts: new Map(), walk: [] };
  const bases = await runGit(['merge-base', '--octopus', ...tips], { cwd });
  const baseShas = bases.stdout.split('\n').filter(Boolean);
  if (bases.code === 0 && baseShas.length > 0) {
    const walk = await runGit(['rev-list', '--topo-order', '--parents', ...tips, '--not', ...baseShas, '--'], { cwd });
    if (walk.code === 0) {
      const commits = parseRevListParents(walk.stdout);
      return { counts: countPairs(commits, pairs), walk: commits };
    }
  }
  const counts = new Map<string, PairCount>();
  for (const [left, right] of pairs) {
    const divergence = await countDivergence(left, right, cwd);
    if (divergence) counts.set(pairKey(left, right), divergence);
  }
  return { counts, walk: undefined };
}
