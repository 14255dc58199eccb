/** The characters git may choose for `core.commentChar=auto`, in its order of preference. */
const AUTO_COMMENT_CHARS = '#;@!$%^&|:';
const SCISSORS_TAIL = ' ------------------------ >8 ------------------------';

/** `core.commentChar` as configured: one character, `auto`, unset (`#`), or null to keep comment-like lines (committed messages). */
export type CommentCharSetting = string | undefined | null;

/**
 * The message as git will store it with the default `--cleanup=strip`: no BOM, LF line ends,
 * nothing from the scissors line of `commit -v` on, no comment lines, no trailing white space,
 * no leading, trailing or repeated blank lines. `stripComments: false` is `--cleanup=scissors`.
 */
export function cleanMessage(raw: string, commentChar: CommentCharSetting = '#', stripComments = true): string {
  let lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const char = resolveCommentChar(lines, commentChar);
  if (char !== undefined) {
    const scissors = lines.indexOf(char + SCISSORS_TAIL);
    if (scissors !== -1) lines = lines.slice(0, scissors);
    if (stripComments) lines = lines.filter((line) => !line.startsWith(char));
  }
  const kept: string[] = [];
  for (const line of lines.map((l) => l.trimEnd())) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/**
 * With `auto`, git picks a character no message line starts with, then writes its hints after the
 * message: the scissors line, or else the last comment line, tells which one it picked.
 */
function resolveCommentChar(lines: string[], setting: CommentCharSetting): string | undefined {
  if (setting === null) return undefined;
  if (setting === undefined || setting === '') return '#';
  if (setting.toLowerCase() !== 'auto') return setting;
  for (const line of lines) {
    if (line.length > 1 && line.slice(1) === SCISSORS_TAIL && AUTO_COMMENT_CHARS.includes(line[0]!)) {
      return line[0];
    }
  }
  const last = [...lines].reverse().find((line) => line.trim() !== '');
  if (last && AUTO_COMMENT_CHARS.includes(last[0]!) && (last.length === 1 || last[1] === ' ')) {
    return last[0];
  }
  return undefined;
}
