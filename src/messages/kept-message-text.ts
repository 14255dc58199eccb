import type { ReuseAdvice } from '../core/message/reuse-advice.js';
import { reuseFixes } from './message-text.js';
import { shellQuote } from './render.js';

/** After a branch refusal at commit-msg whose message passed: the message is kept, and the fix commits again with it. */
export function keptMessageText(kept: string, advice: ReuseAdvice): string {
  const lines: string[] = [];
  for (const fix of reuseFixes(advice, `-F ${shellQuote(kept)}`, false)) {
    lines.push(`  Then, on the new branch: ${fix.say.charAt(0).toLowerCase()}${fix.say.slice(1)}`);
    for (const command of fix.commands) lines.push(`    ${command}`);
  }
  return `${lines.join('\n')}\n`;
}
