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

export const CONFIG_USAGE = `Usage: stageflow config [--json] [--project <dir>]

Prints the effective config (your settings over the defaults) and the file it comes from:
.stageflowrc.json, else the "stageflow" key of package.json, looked up from <dir> (default: here)
up to the repository root. --json prints the config alone.
`;
