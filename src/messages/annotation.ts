/**
 * A GitHub Actions workflow command (`::error title=...::message`), which the runner turns into an
 * annotation on the run and the pull request. Escaped as @actions/core escapes: `%`, CR and LF
 * everywhere, and `:` and `,` in properties too.
 */
export function githubAnnotation(level: 'error' | 'warning' | 'notice', title: string, message: string): string {
  return `::${level} title=${escapeProperty(plain(title))}::${escapeData(plain(message))}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Colours are on in CI (picocolors sees CI=true); annotations and JSON are plain text. */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes removed here
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
