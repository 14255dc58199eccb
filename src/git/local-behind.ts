import type { LocalBehind } from '../core/status/status-facts.js';
import { countDivergence } from './count-divergence.js';

/**
 * Of `names`, the local branches behind their copy on `remote` as last fetched (a local main or
 * stage that was never caught up): one git process per branch that is both here and there.
 */
export async function readLocalBehind(names: readonly string[], current: string, known: { local: ReadonlySet<string>; remote: ReadonlySet<string> }, remote: string, cwd: string): Promise<LocalBehind[]> {
  const both = [...new Set(names)].filter((name) => known.local.has(name) && known.remote.has(name));
  const counted = await Promise.all(both.map((name) => countDivergence(`refs/heads/${name}`, `refs/remotes/${remote}/${name}`, cwd)));
  return both.flatMap((branch, index) => {
    const divergence = counted[index];
    if (!divergence || divergence.rightOnly === 0) return [];
    return [{ branch, ref: `${remote}/${branch}`, behind: divergence.rightOnly, ahead: divergence.leftOnly, current: branch === current }];
  });
}
