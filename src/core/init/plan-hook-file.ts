import { parseHookLine } from '../hooks/parse-hook-line.js';

export type HookFileChange =
  /** Lines that called stageflow, from before the runner: the runner runs stageflow now. */
  | { kind: 'remove-lines'; lines: string[] }
  /** The file held nothing but stageflow's line (and comments): it goes. */
  | { kind: 'delete'; lines: string[] }
  | { kind: 'unchanged' };

export interface HookFilePlan {
  /** The new text; undefined when the file goes. */
  content: string | undefined;
  change: HookFileChange;
}

/**
 * The team's `.husky/<hook>` after init: stageflow's check runs from the runner npm install writes
 * (outside the tracked tree), so a `stageflow hook` line in the file, left by an older init, goes.
 * Every other line stays as it is.
 */
export function planHookFile(existing: string | undefined): HookFilePlan {
  if (existing === undefined) return { content: existing, change: { kind: 'unchanged' } };
  const lines = existing.split('\n');
  const removed = lines.filter((line) => parseHookLine(line) !== undefined);
  if (removed.length === 0) return { content: existing, change: { kind: 'unchanged' } };
  const kept = lines.filter((line) => parseHookLine(line) === undefined);
  const trimmed = removed.map((line) => line.trim());
  if (kept.every((line) => line.trim() === '' || line.trimStart().startsWith('#')))
    return { content: undefined, change: { kind: 'delete', lines: trimmed } };
  return { content: kept.join('\n'), change: { kind: 'remove-lines', lines: trimmed } };
}
