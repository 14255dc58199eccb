import type { ReuseAdvice } from '../core/message/reuse-advice.js';
import { reuseFixes } from './message-text.js';
import { shellQuote } from './render.js';

/**
 * A branch refusal at commit-msg whose message passed: the message is kept, and a last fix, before
 * the bypass line that ends every report, commits again with it on the new branch.
 */
export function withKeptMessage(refusal: string, kept: string, advice: ReuseAdvice): string {
  const lines: string[] = [];
  for (const fix of reuseFixes(advice, `-F ${shellQuote(kept)}`, false)) {
    lines.push(`  Then, on the new branch: ${fix.say.charAt(0).toLowerCase()}${fix.say.slice(1)}`);
    for (const command of fix.commands) lines.push(`    ${command}`);
  }
  const report = refusal.trimEnd().split('\n');
  const footnote = report.pop() ?? '';
  return `${[...report, ...lines, footnote].join('\n')}\n`;
}
