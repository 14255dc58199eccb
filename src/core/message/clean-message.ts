/** git's scissors line, after the comment string and a space (wt-status.c `cut_line`). */
export const SCISSORS = '------------------------ >8 ------------------------';

/** What git does to a message before it stores it (`cleanup_message()` in git's sequencer.c). */
export interface Cleanup {
  /** Drop everything from the scissors line on: `commit -v` (or commit.verbose), or `--cleanup=scissors` with an editor. */
  cut: boolean;
  /** Trailing white space, and leading, trailing and repeated blank lines, go: every mode but verbatim. */
  stripSpace: boolean;
  /** Lines that start with the comment string go: `--cleanup=strip`, the default with an editor. */
  stripComments: boolean;
  /** `#`, `core.commentChar`, or the character git picked for `auto`. */
  comment: string;
}

/** `git commit` with an editor and nothing configured: strip comments and white space, no cut. */
export const EDITOR_DEFAULT: Cleanup = { cut: false, stripSpace: true, stripComments: true, comment: '#' };

/** The message as git will store it, byte for byte (as text). */
export function storedMessage(raw: string, cleanup: Cleanup): string {
  const text = cleanup.cut ? raw.slice(0, scissorsAt(raw, cleanup.comment)) : raw;
  return cleanup.stripSpace ? stripSpace(text, cleanup.stripComments ? cleanup.comment : undefined) : text;
}

/**
 * A message as the rules judge it: what git stores (`cleanup` given: the message file a hook
 * reads), or a stored message as it is (`null`), with git's white space cleanup and no final
 * newline. Comment-like lines of a stored message are text: git kept them.
 */
export function cleanMessage(raw: string, cleanup: Cleanup | null = EDITOR_DEFAULT): string {
  const text = stripSpace(cleanup ? storedMessage(raw, cleanup) : raw);
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * git's `strbuf_stripspace()`. Its white space is ASCII only (space, tab, LF, CR): a line of NBSP,
 * U+3000, form feed or vertical tab is text, a lone CR stays inside its line, a BOM stays.
 */
export function stripSpace(text: string, comment?: string): string {
  // A push reads thousands of stored messages, which git has already cleaned: most need no work.
  if (comment === undefined && !UNTIDY.test(text)) return text === '' || text.endsWith('\n') ? text : `${text}\n`;
  let out = '';
  let blanks = 0;
  for (const line of text.split('\n')) {
    if (comment !== undefined && line.startsWith(comment)) continue;
    const kept = line.replace(/[ \t\r]+$/, '');
    if (kept === '') {
      blanks++;
      continue;
    }
    if (blanks > 0 && out !== '') out += '\n';
    blanks = 0;
    out += `${kept}\n`;
  }
  return out;
}

/**
 * What stripSpace changes, comments aside: a blank first line, white space ending a line, two
 * blank lines in a row, or a blank last line. Text without any comes back as it is, ended by a newline.
 */
const UNTIDY = /^\n|[ \t\r](?:\n|$)|\n\n(?:\n|$)/;

/** Where git cuts (`wt_status_locate_end()`): at a line that is exactly the scissors line, or the end. */
export function scissorsAt(text: string, comment: string): number {
  const line = `${comment} ${SCISSORS}\n`;
  if (text.startsWith(line)) return 0;
  const at = text.indexOf(`\n${line}`);
  return at === -1 ? text.length : at + 1;
}

/** The characters git may choose for `core.commentChar=auto`, in its order of preference. */
export const AUTO_COMMENT_CHARS = '#;@!$%^&|:';

/**
 * git's choice for `core.commentChar=auto` (`adjust_comment_line_char()`): `#` when the message
 * has none, else the first candidate that starts no line, a CR also starting one. It looks at the
 * message git starts from, before the editor; undefined when every candidate is taken (git stops).
 */
export function autoCommentChar(message: string): string | undefined {
  if (!message.includes('#')) return '#';
  const taken = new Set<string>(message.slice(0, 1));
  for (let at = 0; at < message.length - 1; at++) {
    if (message[at] === '\n' || message[at] === '\r') taken.add(message[at + 1]!);
  }
  return [...AUTO_COMMENT_CHARS].find((char) => !taken.has(char));
}
