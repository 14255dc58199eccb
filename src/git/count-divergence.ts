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
  if (result.code !== 0 || leftOnly === undefined || rightOnly === undefined || Number.isNaN(leftOnly) || Number.isNaN(rightOnly)) return undefined;
  return { leftOnly, rightOnly };
}
