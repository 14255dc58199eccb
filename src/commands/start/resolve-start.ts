import type { Config } from '../../core/config/types.js';
import { chooseStart, type StartPoint } from '../../core/start/choose-start.js';
import { type BranchTips, type RefTip, tipsOf } from '../../core/start/ref-tips.js';
import { tipRelation } from '../../git/ancestry.js';

/** The newest of a branch's local and remote tips; `localAhead` as in chooseStart. */
export async function resolveStart(
  tips: BranchTips,
  localAhead: 'local' | 'remote',
  cwd: string,
): Promise<StartPoint | undefined> {
  const relation = tips.local && tips.remote ? await tipRelation(tips.local.sha, tips.remote.sha, cwd) : undefined;
  return chooseStart(tips, relation, localAhead);
}

/** Where a new stage starts: the remote's main, unless only a local main is known. */
export function resolveMainStart(
  tips: readonly RefTip[],
  config: Config,
  cwd: string,
): Promise<StartPoint | undefined> {
  return resolveStart(tipsOf(config.branches.main, tips, config.remote), 'remote', cwd);
}
