/**
 * At most `max` characters of `text` for a message: a 1 MB subject or branch name must not
 * flood the terminal. Whole code points, with an ellipsis and the full length when cut.
 */
export function excerpt(text: string, max = 100): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}… (${chars.length} characters)`;
}
