import pc from './colors.js';

// Pure, so the core may quote too (it must not load the terminal colours); the messages take it from here.
export { shellQuote } from '../core/shell-quote.js';

export interface Fix {
  /** What the commands do, as an instruction. */
  say: string;
  commands: string[];
}

export interface Report {
  /** What is wrong, in one line. */
  title: string;
  /** Why it matters, and any detail lines. */
  details?: string[];
  fixes?: Fix[];
  /** A quiet last line, e.g. the bypass. */
  footnote?: string;
}

/** The one shape of every stageflow refusal: what is wrong, why, and the commands that fix it. */
export function renderReport(report: Report): string {
  const lines = [`${pc.red(pc.bold('✖ stageflow:'))} ${pc.bold(report.title)}`];
  for (const detail of report.details ?? []) lines.push(`  ${detail}`);
  for (const fix of report.fixes ?? []) {
    lines.push(`  ${fix.say}`);
    for (const command of fix.commands) lines.push(`    ${pc.cyan(command)}`);
  }
  if (report.footnote) lines.push(pc.dim(`  ${report.footnote}`));
  return `${lines.join('\n')}\n`;
}

export function renderNotice(text: string): string {
  return `${pc.yellow('stageflow:')} ${text}\n`;
}
