import type { Layout } from './layout.js';

const TEMPLATE_LINE = /^stageflow hook (\S+)(.*)$/;

/** The line of a hooks/ template that calls stageflow, e.g. `stageflow hook commit-msg "$1"`. */
export function templateLine(template: string): string | undefined {
  return template.split('\n').find((line) => TEMPLATE_LINE.test(line));
}

/** The template's line as this layout needs it: `frontend/node_modules/.bin/stageflow hook pre-commit --project frontend`. */
export function hookLine(line: string, layout: Layout): string {
  const match = TEMPLATE_LINE.exec(line);
  if (!match) return line;
  return `${layout.binary} hook ${match[1]}${layout.projectOption}${match[2]}`;
}

/** Whether a line of an existing hook file already calls stageflow for this hook, in any form (npx, a path). */
export function callsStageflow(line: string, hook: string): boolean {
  if (line.trim().startsWith('#')) return false;
  const words = shellWords(line);
  const at = words.findIndex((word) => word === 'stageflow' || word.endsWith('/stageflow'));
  return at !== -1 && words[at + 1] === 'hook' && words[at + 2] === hook;
}

/** The stageflow command word of such a line (`stageflow`, `frontend/node_modules/.bin/stageflow`), unquoted. */
export function stageflowCommand(line: string): string | undefined {
  return shellWords(line).find((word) => word === 'stageflow' || word.endsWith('/stageflow'));
}

/** The words of a simple sh line, quotes removed: enough for the lines init writes ('my app/...'). */
function shellWords(line: string): string[] {
  return (line.match(/(?:'[^']*'|"[^"]*"|[^\s'"])+/g) ?? []).map((word) => word.replace(/'([^']*)'|"([^"]*)"/g, '$1$2'));
}
