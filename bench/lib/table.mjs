// Plain-text table in Markdown syntax, so the output can be pasted into the README as is.
export function formatTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const ms = (value) => `${value.toFixed(1)} ms`;
export const ratio = (value) => `${value.toFixed(2)}x`;
