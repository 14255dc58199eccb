import { shellQuote } from '../core/shell-quote.js';

export function invalidConfigText(source: string, problems: readonly string[]): string {
  return (
    `stageflow: the config in ${source} is invalid:\n` +
    problems.map((problem) => `  - ${problem}`).join('\n') +
    '\n  Fix it, then check the result with: npx stageflow config'
  );
}

export function invalidJsonText(path: string, parseError: string): string {
  return (
    `stageflow: ${path} is not valid JSON: ${parseError}\n` +
    '  Fix the file (it must be plain JSON: no comments, no trailing commas), then run: npx stageflow config'
  );
}

export function twoConfigsWarning(rcPath: string, packagePath: string, rcFile: string): string {
  return `stageflow: both ${rcPath} and the "stageflow" key of ${packagePath} hold a config; ${rcFile} wins. Remove one of them.`;
}

/** The config's warnings, one line each, for a command's standard error. */
export function warningsText(warnings: readonly string[]): string {
  return warnings.map((warning) => `${warning}\n`).join('');
}

/** A config's source for a sentence; the defaults have none. */
function sourceWords(source: string | undefined): string {
  return source ?? 'the defaults (no config file found)';
}

/** Where the installed hooks look their config up from, for the `# ...` line of `stageflow config`. */
function hooksLookup(top: string, project: string | undefined): string {
  return project === undefined
    ? `from the git root (${top}), where git runs them`
    : `from ${project} (--project ${shellQuote(project)} in their hook lines)`;
}

/** The second `#` line of `stageflow config`: whether the hooks read the config shown. */
export function hooksConfigLine(
  same: boolean,
  hooksSource: string | undefined,
  top: string,
  project: string | undefined,
): string {
  return same
    ? `# read by the hooks, which look it up ${hooksLookup(top, project)}`
    : `# NOT read by the hooks: they read ${sourceWords(hooksSource)}, looked up ${hooksLookup(top, project)}`;
}

/** The folder's own config differs from the one the hooks read. */
export function otherConfigHereWarning(
  hereSource: string | undefined,
  hooksSource: string | undefined,
  top: string,
  project: string | undefined,
  asked: boolean,
): string {
  const fix = asked
    ? 'This is the config of the folder asked for; the hooks read the one above.'
    : 'Shown above is the one the hooks read. Move the settings there, or give this package hooks of its own (npx stageflow init in its folder adds --project to the hook lines).';
  return `stageflow: ${asked ? 'the config of that folder' : 'the config found from this folder'}, ${sourceWords(hereSource)}, is not the one the hooks read (${sourceWords(hooksSource)}, looked up ${hooksLookup(top, project)}). ${fix}`;
}

/** The folder's own config cannot be read; the hooks read another, which is shown. */
export function brokenConfigHereWarning(
  problem: string,
  hooksSource: string | undefined,
  top: string,
  project: string | undefined,
): string {
  const indented = problem.replace(/^stageflow: /, '').replace(/\n/g, '\n  ');
  return `stageflow: the config found from this folder cannot be read, and it is not the one the hooks read (${sourceWords(hooksSource)}, looked up ${hooksLookup(top, project)}), shown above:\n  ${indented}`;
}

export const CONFIG_USAGE = `Usage: stageflow config [--json] [--project <dir>]

Prints the effective config (your settings over the defaults) and the file it comes from:
.stageflowrc.json, else the "stageflow" key of package.json, looked up from <dir> up to the
repository root. Without --project, <dir> is where the hooks look: the git root, or the --project
of their hook lines; a different config found from here is named in a warning. --json prints the
config alone.
`;
