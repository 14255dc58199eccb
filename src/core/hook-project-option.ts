/**
 * What a pre-commit hook file says about the config the hooks read: whether it calls
 * `stageflow hook pre-commit` at all, and the `--project <dir>` its line passes (as init writes
 * it, shell-quoted when needed). Undefined `project`: the config found from the git root.
 */
export function hookProjectOption(hookFile: string): { calls: boolean; project: string | undefined } {
  const line = hookFile.split('\n').find((text) => /\bstageflow'?\s+hook\s+pre-commit\b/.test(text) && !text.trimStart().startsWith('#'));
  if (line === undefined) return { calls: false, project: undefined };
  const match = /\s--project(?:=|\s+)('(?:[^']|'\\'')*'|[^\s'"]+)/.exec(line);
  if (!match) return { calls: true, project: undefined };
  const token = match[1]!;
  const project = token.startsWith("'") ? token.slice(1, -1).replace(/'\\''/g, "'") : token;
  return { calls: true, project };
}
