import { callsStageflow, hookLine, templateLine } from './hook-line.js';
import type { HookName, Layout } from './layout.js';

export type HookFileChange =
  | { kind: 'create'; line: string }
  | { kind: 'append'; line: string }
  | { kind: 'replace'; from: string; line: string }
  | { kind: 'unchanged' };

export interface HookFilePlan {
  content: string;
  change: HookFileChange;
}

/**
 * The hook file with stageflow's line in it exactly once. Other lines (lint-staged, tests) stay as
 * they are; stageflow's line goes last, so commands that set things up before it keep working.
 */
export function planHookFile(hook: HookName, existing: string | undefined, template: string, layout: Layout): HookFilePlan {
  const source = templateLine(template);
  if (source === undefined) throw new Error(`the template for ${hook} has no "stageflow hook" line`);
  const line = hookLine(source, layout);
  if (existing === undefined) {
    return { content: template.replace(source, line), change: { kind: 'create', line } };
  }
  const lines = existing.split('\n');
  const at = lines.findIndex((candidate) => callsStageflow(candidate, hook));
  if (at !== -1) {
    const from = lines[at] ?? '';
    if (from.trim() === line) return { content: existing, change: { kind: 'unchanged' } };
    lines[at] = line;
    return { content: lines.join('\n'), change: { kind: 'replace', from: from.trim(), line } };
  }
  const body = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  return { content: `${body}${line}\n`, change: { kind: 'append', line } };
}
