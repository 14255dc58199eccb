import type { CommitRange } from './ci-context.js';

/**
 * `<base>..<head>` as `git log` reads it (`<base>..` means up to HEAD). Refuses the symmetric
 * `...` form, whose meaning differs, and any side that git would take for an option.
 */
export function parseRange(text: string): CommitRange | undefined {
  const at = text.indexOf('..');
  if (at === -1 || text.includes('...')) return undefined;
  const base = text.slice(0, at);
  const head = text.slice(at + 2) || 'HEAD';
  if (base === '' || head.includes('..')) return undefined;
  if (!isRevision(base) || !isRevision(head)) return undefined;
  return { base, head };
}

function isRevision(text: string): boolean {
  return text !== '' && !text.startsWith('-') && !/[\s\0]/.test(text);
}
