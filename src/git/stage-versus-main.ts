import type { VersusMain } from '../core/status/status-facts.js';
import { countDivergence } from './count-divergence.js';
import { mergedIntoMain } from './merged-into-main.js';

/** How a stage compares with main; undefined when main is not known here. */
export async function versusMain(stageRef: string, mainRef: string | undefined, cwd: string): Promise<VersusMain | undefined> {
  if (mainRef === undefined) return undefined;
  const divergence = await countDivergence(stageRef, mainRef, cwd);
  if (!divergence) return undefined;
  const merged = divergence.leftOnly === 0 && divergence.rightOnly > 0 && (await mergedIntoMain(stageRef, mainRef, cwd));
  return { ref: mainRef, stageOnly: divergence.leftOnly, mainOnly: divergence.rightOnly, merged };
}
