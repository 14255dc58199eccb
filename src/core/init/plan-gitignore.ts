/** The line init adds to .gitignore when nothing there ignores node_modules. */
const NODE_MODULES_LINE = 'node_modules/';

/**
 * The .gitignore at the git root must ignore node_modules (npm's installed packages, which a
 * teammate's npm install recreates). Returns the new text, or undefined when it already does.
 */
export function planGitignore(text: string | undefined): string | undefined {
  const current = text ?? '';
  const ignored = current.split(/\r?\n/).some((line) => /^(\*\*\/|\/)?node_modules\/?(\*\*?)?\s*$/.test(line.trim()));
  if (ignored) return undefined;
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  return `${current}${separator}${NODE_MODULES_LINE}\n`;
}
