import { FALLBACK_COMMENT, FALLBACK_HOOKS, fallbackLine, isFallbackLine } from '../hooks/fallback-line.js';
import { parseHookLine } from '../hooks/parse-hook-line.js';
import type { HookName, Layout } from './layout.js';

export type HookFileChange =
  /** pre-commit lines that called stageflow, from before the runner: the check moved to commit-msg. */
  | { kind: 'remove-lines'; lines: string[] }
  /** The pre-commit file held nothing but stageflow's line (and comments): it goes. */
  | { kind: 'delete'; lines: string[] }
  /** stageflow lines from before the runner, which would start node a second time: now they run only outside it. */
  | { kind: 'guard-lines'; lines: string[]; line: string }
  /** No stageflow line yet: the fallback line is added (the file is created when missing). */
  | { kind: 'add-fallback'; line: string; created: boolean }
  | { kind: 'unchanged' };

export interface HookFilePlan {
  /** The new text; undefined when the file goes (or stays missing). */
  content: string | undefined;
  change: HookFileChange;
}

/**
 * The team's tracked `.husky/<hook>` after init. stageflow's runner in .git/hooks runs the check,
 * so the file needs no stageflow line for it; but where git runs husky's own stubs instead (a clone
 * that has not run npm install since, `npx husky` run again), only the tracked file runs. So the
 * checked hooks get a fallback line that runs stageflow there and nowhere else. pre-commit checks
 * nothing of stageflow's: a line an older init left there goes. Every other line stays as it is.
 */
export function planHookFile(existing: string | undefined, hook: HookName, layout: Layout): HookFilePlan {
  if (!FALLBACK_HOOKS.includes(hook)) return removeStageflowLines(existing);
  const line = fallbackLine(hook, layout);
  if (existing === undefined)
    return { content: `${FALLBACK_COMMENT}\n${line}\n`, change: { kind: 'add-fallback', line, created: true } };
  const lines = existing.split('\n');
  const bare = lines.filter((text) => parseHookLine(text) !== undefined && !isFallbackLine(text));
  if (bare.length === 0) {
    if (lines.some(isFallbackLine)) return { content: existing, change: { kind: 'unchanged' } };
    const body = existing.endsWith('\n') || existing === '' ? existing : `${existing}\n`;
    return { content: `${body}${FALLBACK_COMMENT}\n${line}\n`, change: { kind: 'add-fallback', line, created: false } };
  }
  // The first bare line becomes the fallback line, in its place (after what reads stdin before it); the others go.
  const first = lines.indexOf(bare[0]!);
  const kept = lines.flatMap((text, index) =>
    index === first ? [FALLBACK_COMMENT, line] : bare.includes(text) ? [] : [text],
  );
  return {
    content: kept.join('\n'),
    change: { kind: 'guard-lines', lines: bare.map((text) => text.trim()), line },
  };
}

function removeStageflowLines(existing: string | undefined): HookFilePlan {
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
