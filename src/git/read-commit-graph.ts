import { runGit, gitOutput } from './run-git.js';

/**
 * The commits reachable from `tips` but not from all of them, each with its parents: what telling
 * the tips apart needs. A commit absent from the graph is an ancestor of every tip. Two git
 * processes however many tips and commits: the tips' common bases, then the commits above them.
 */
export async function readCommitGraph(tips: readonly string[], cwd: string): Promise<Map<string, string[]>> {
  const unique = [...new Set(tips)];
  const graph = new Map<string, string[]>();
  if (unique.length === 0) return graph;
  // Exit code 1: no common ancestor (unrelated histories), so nothing is left out.
  const bases = await runGit(['merge-base', '--octopus', '--all', ...unique], { cwd });
  const excluded = bases.code === 0 ? bases.stdout.split('\n').filter(Boolean) : [];
  const input = [...unique, ...excluded.map((sha) => `^${sha}`)].join('\n');
  const output = await gitOutput(['rev-list', '--parents', '--stdin'], { cwd, input: `${input}\n` });
  for (const line of output.split('\n')) {
    const [sha, ...parents] = line.split(' ');
    if (sha) graph.set(sha, parents);
  }
  return graph;
}
