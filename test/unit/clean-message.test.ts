import { describe, expect, it } from 'vitest';
import { cleanMessage, type CommentCharSetting } from '../../src/core/message/clean-message.js';
import { cleanupFor } from '../../src/core/message/cleanup-mode.js';

const SCISSORS = '------------------------ >8 ------------------------';
/** What git writes below the message in the editor for `git commit -v`. */
const verboseTail = (char: string) =>
  [
    `${char} Please enter the commit message for your changes. Lines starting`,
    `${char} with '${char}' will be ignored, and an empty message aborts the commit.`,
    `${char}`,
    `${char} On branch work/jane-doe/add-login`,
    `${char} ${SCISSORS}`,
    `${char} Do not modify or remove the line above.`,
    `${char} Everything below it will be ignored.`,
    'diff --git a/handler.js b/handler.js',
    '+# a comment in the diff that is not a comment of the message',
    '+export const handler = async () => ({ statusCode: 200 });',
  ].join('\n');

describe('cleanMessage', () => {
  it.each<[string, string, CommentCharSetting, string]>([
    ['plain message', 'Add the login form', '#', 'Add the login form'],
    ['default comment char when unset', '# hint\nAdd the login form\n# another hint\n', undefined, 'Add the login form'],
    ['empty setting means #', '# hint\nAdd the login form', '', 'Add the login form'],
    ['comment lines anywhere', 'Add the login form\n# hint\n\nBody line\n# end', '#', 'Add the login form\n\nBody line'],
    ['a # not in column one stays', 'Add the form\n\n  # indented stays\nIssue #42 too', '#', 'Add the form\n\n  # indented stays\nIssue #42 too'],
    ['core.commentChar ;', '; hint\n#42 Add the login form\n; more', ';', '#42 Add the login form'],
    ['core.commentChar % keeps # lines', '% hint\n# Heading kept', '%', '# Heading kept'],
    ['null keeps comment-like lines (a stored message)', '# Heading\nText', null, '# Heading\nText'],
    ['CRLF line ends', 'Add the login form\r\n\r\nBody\r\n', '#', 'Add the login form\n\nBody'],
    ['lone CR line ends', 'Add the login form\r\rBody', '#', 'Add the login form\n\nBody'],
    ['a BOM', '\uFEFFAdd the login form\n', '#', 'Add the login form'],
    ['a BOM before a comment', '\uFEFF# hint\nAdd the login form', '#', 'Add the login form'],
    ['trailing blanks on lines', 'Add the login form   \t\n\nBody  ', '#', 'Add the login form\n\nBody'],
    ['leading and trailing blank lines', '\n\n  \nAdd the login form\n\n\n', '#', 'Add the login form'],
    ['repeated blank lines collapse', 'Subject line here\n\n\n\nBody', '#', 'Subject line here\n\nBody'],
    ['blank lines left by removed comments collapse', 'Subject line here\n\n# c\n\nBody', '#', 'Subject line here\n\nBody'],
    ['only comments', '# Please enter the commit message\n#\n', '#', ''],
    ['empty', '', '#', ''],
    ['verbose: everything from the scissors line goes', `Add the login form\n\nBody\n${verboseTail('#')}`, '#', 'Add the login form\n\nBody'],
    ['verbose with ;', `Add the login form\n${verboseTail(';')}`, ';', 'Add the login form'],
    ['a scissors line of another char is text', `Add the login form\n; ${SCISSORS}\nkept`, '#', `Add the login form\n; ${SCISSORS}\nkept`],
    ['auto: the scissors line tells the char', `#42 Add the login form\n${verboseTail(';')}`, 'auto', '#42 Add the login form'],
    ['auto: the scissors line tells @', `#42 ;x Add the form\n${verboseTail('@')}`, 'auto', '#42 ;x Add the form'],
    ['AUTO is case-insensitive', `#42 Add the login form\n${verboseTail(';')}`, 'AUTO', '#42 Add the login form'],
    [
      'auto: the last comment line tells the char',
      "#42 Add the login form\n\n; Please enter the commit message for your changes. Lines starting\n; with ';' will be ignored.\n;\n; On branch main\n",
      'auto',
      '#42 Add the login form',
    ],
    ['auto: a lone char as the last line', '#42 Add the login form\n;\n', 'auto', '#42 Add the login form'],
    ['auto without hints keeps every line', '#42 Add the login form\n\n; a body line\nlast line', 'auto', '#42 Add the login form\n\n; a body line\nlast line'],
  ])('%s', (_name, raw, setting, cleaned) => {
    expect(cleanMessage(raw, setting)).toBe(cleaned);
  });

  it('defaults to # when no setting is given', () => {
    expect(cleanMessage('# hint\nAdd the login form')).toBe('Add the login form');
  });
});

describe('cleanupFor: how git will clean the message', () => {
  it.each<[string | undefined, string | undefined, boolean, CommentCharSetting, boolean]>([
    [undefined, undefined, true, undefined, true],
    [';', undefined, true, ';', true],
    ['auto', undefined, true, 'auto', true],
    // git commit -m / -F without -e: git's default cleanup keeps "#123 ..." lines.
    [undefined, undefined, false, null, false],
    [';', 'default', false, null, false],
    [undefined, 'strip', false, undefined, true],
    [';', 'STRIP', false, ';', true],
    [undefined, 'whitespace', true, null, false],
    [undefined, 'verbatim', true, null, false],
    ['#', 'scissors', true, '#', false],
    ['#', 'scissors', false, null, false],
  ])('core.commentChar %j, commit.cleanup %j, edited %s → %j, strip %s', (setting, cleanup, edited, commentChar, stripComments) => {
    expect(cleanupFor(setting, cleanup, edited)).toEqual({ commentChar, stripComments });
  });

  it('scissors: cut at the scissors line, comment lines stay', () => {
    expect(cleanMessage(`#42 Add the login form\n# ${'------------------------ >8 ------------------------'}\n# hint\ndiff`, '#', false)).toBe('#42 Add the login form');
  });
});
