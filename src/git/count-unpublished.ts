import { lagBehind, reachOf } from '../core/push/stage-lag.js';
import { runGit } from './run-git.js';

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
export async function countUnpublished(pushes: readonly PushedOver[], remote: string, cwd: string): Promise<Map<string, number | undefined>> {
  if (pushes.length === 0) return new Map();
  const tips = [...new Set(pushes.flatMap((push) => [push.sha, push.remoteSha]))];
  const result = await runGit(['rev-list', '--parents', '--ignore-missing', ...tips, '--not', `--remotes=${remote}`, '--'], { cwd });
  if (result.code !== 0) return new Map(pushes.map((push) => [push.sha, undefined]));
  const graph = new Map<string, string[]>();
  for (const line of result.stdout.split('\n')) {
    const [sha, ...parents] = line.split(' ');
    if (sha) graph.set(sha, parents);
  }
  // A commit outside the graph is on a remote-tracking branch: published, like all it reaches.
  return new Map(pushes.map((push) => [push.sha, lagBehind(graph, push.sha, push.remoteSha, reachOf(graph, push.remoteSha)).workOnly]));
}
