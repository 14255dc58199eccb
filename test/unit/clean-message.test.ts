import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  autoCommentChar,
  type Cleanup,
  cleanMessage,
  scissorsAt,
  storedMessage,
  stripSpace,
} from '../../src/core/message/clean-message.js';
import { type CleanupFacts, cleanupFor } from '../../src/core/message/cleanup-mode.js';
import type { CommitOptions } from '../../src/core/message/commit-invocation.js';

/** core.commentChar as configured; null: a stored message, whose comment-like lines are text. */
type CommentCharSetting = string | undefined | null;

/** The facts of a hook run from an editor session whose command line it cannot see. */
const facts = (commentChar: string | undefined, configCleanup?: string, edited = true): CleanupFacts => ({
  commentChar,
  configCleanup,
  configVerbose: undefined,
  hookEditor: edited ? 'vi' : ':',
  git: undefined,
});

/** The message git stores after an editor session with this core.commentChar. */
const cleanEdited = (raw: string, setting: CommentCharSetting) =>
  setting === null ? cleanMessage(raw, null) : cleanMessage(raw, cleanupFor(facts(setting || undefined), raw));

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
    [
      'default comment char when unset',
      '# hint\nAdd the login form\n# another hint\n',
      undefined,
      'Add the login form',
    ],
    ['empty setting means #', '# hint\nAdd the login form', '', 'Add the login form'],
    [
      'comment lines anywhere',
      'Add the login form\n# hint\n\nBody line\n# end',
      '#',
      'Add the login form\n\nBody line',
    ],
    [
      'a # not in column one stays',
      'Add the form\n\n  # indented stays\nIssue #42 too',
      '#',
      'Add the form\n\n  # indented stays\nIssue #42 too',
    ],
    ['core.commentChar ;', '; hint\n#42 Add the login form\n; more', ';', '#42 Add the login form'],
    ['core.commentChar % keeps # lines', '% hint\n# Heading kept', '%', '# Heading kept'],
    ['null keeps comment-like lines (a stored message)', '# Heading\nText', null, '# Heading\nText'],
    ['CRLF line ends', 'Add the login form\r\n\r\nBody\r\n', '#', 'Add the login form\n\nBody'],
    [
      'a lone CR stays inside its line, as git keeps it',
      'Add the login form\r\rBody',
      '#',
      'Add the login form\r\rBody',
    ],
    ['a BOM stays, as git keeps it', '\uFEFFAdd the login form\n', '#', '\uFEFFAdd the login form'],
    ['a BOM before a # makes it text', '\uFEFF# hint\nAdd the login form', '#', '\uFEFF# hint\nAdd the login form'],
    ['trailing blanks on lines', 'Add the login form   \t\n\nBody  ', '#', 'Add the login form\n\nBody'],
    ['leading and trailing blank lines', '\n\n  \nAdd the login form\n\n\n', '#', 'Add the login form'],
    ['repeated blank lines collapse', 'Subject line here\n\n\n\nBody', '#', 'Subject line here\n\nBody'],
    [
      'blank lines left by removed comments collapse',
      'Subject line here\n\n# c\n\nBody',
      '#',
      'Subject line here\n\nBody',
    ],
    ['only comments', '# Please enter the commit message\n#\n', '#', ''],
    ['empty', '', '#', ''],
    [
      'verbose: everything from the scissors line goes',
      `Add the login form\n\nBody\n${verboseTail('#')}`,
      '#',
      'Add the login form\n\nBody',
    ],
    ['verbose with ;', `Add the login form\n${verboseTail(';')}`, ';', 'Add the login form'],
    [
      'a scissors line of another char is text',
      `Add the login form\n; ${SCISSORS}\nkept`,
      '#',
      `Add the login form\n; ${SCISSORS}\nkept`,
    ],
    [
      'auto: the scissors line tells the char',
      `#42 Add the login form\n${verboseTail(';')}`,
      'auto',
      '#42 Add the login form',
    ],
    ['auto: the scissors line tells @', `#42 ;x Add the form\n${verboseTail('@')}`, 'auto', '#42 ;x Add the form'],
    ['AUTO is case-insensitive', `#42 Add the login form\n${verboseTail(';')}`, 'AUTO', '#42 Add the login form'],
    [
      'auto: the last comment line tells the char',
      "#42 Add the login form\n\n; Please enter the commit message for your changes. Lines starting\n; with ';' will be ignored.\n;\n; On branch main\n",
      'auto',
      '#42 Add the login form',
    ],
    ['auto: a lone char as the last line', '#42 Add the login form\n;\n', 'auto', '#42 Add the login form'],
    [
      "auto without hints: git's pick for an empty start, #",
      '#42 Add the login form\n\n; a body line\nlast line',
      'auto',
      '; a body line\nlast line',
    ],
  ])('%s', (_name, raw, setting, cleaned) => {
    expect(cleanEdited(raw, setting)).toBe(cleaned);
  });

  it('defaults to # when no setting is given', () => {
    expect(cleanMessage('# hint\nAdd the login form')).toBe('Add the login form');
  });
});

describe('cleanupFor: how git will clean the message', () => {
  const strip = { cut: false, stripSpace: true, stripComments: true };
  const whitespace = { cut: false, stripSpace: true, stripComments: false };
  it.each<[string | undefined, string | undefined, boolean, Cleanup]>([
    [undefined, undefined, true, { ...strip, comment: '#' }],
    [';', undefined, true, { ...strip, comment: ';' }],
    ['auto', undefined, true, { ...strip, comment: '#' }],
    // git commit -m / -F without -e: git's default cleanup keeps "#123 ..." lines.
    [undefined, undefined, false, { ...whitespace, comment: '#' }],
    [';', 'default', false, { ...whitespace, comment: ';' }],
    [undefined, 'strip', false, { ...strip, comment: '#' }],
    [';', 'STRIP', false, { ...strip, comment: ';' }],
    [undefined, 'whitespace', true, { ...whitespace, comment: '#' }],
    [undefined, 'verbatim', true, { cut: false, stripSpace: false, stripComments: false, comment: '#' }],
    ['#', 'scissors', true, { cut: true, stripSpace: true, stripComments: false, comment: '#' }],
    ['#', 'scissors', false, { ...whitespace, comment: '#' }],
  ])('core.commentChar %j, commit.cleanup %j, edited %s', (setting, cleanup, edited, expected) => {
    expect(cleanupFor(facts(setting, cleanup, edited), '')).toEqual(expected);
  });

  it('scissors: cut at the scissors line, comment lines stay', () => {
    const scissors: Cleanup = { cut: true, stripSpace: true, stripComments: false, comment: '#' };
    expect(
      cleanMessage(
        `#42 Add the login form\n# ${'------------------------ >8 ------------------------'}\n# hint\ndiff`,
        scissors,
      ),
    ).toBe('#42 Add the login form');
  });
});

describe("git's white space: ASCII only (strbuf_stripspace)", () => {
  it.each<[string, string, string]>([
    ['a line of NBSP is text', 'Add the form\n\u00A0\nBody', 'Add the form\n\u00A0\nBody\n'],
    ['a line of U+3000 is text', '\u3000\nAdd the form', '\u3000\nAdd the form\n'],
    ['form feed and vertical tab are text', 'Add the form\n\f\n\v', 'Add the form\n\f\n\v\n'],
    ['trailing NBSP stays', 'Add the form\u00A0', 'Add the form\u00A0\n'],
    ['a lone CR stays inside its line', 'Add\rthe form\r', 'Add\rthe form\n'],
    ['CR before LF is trailing white space', 'Add the form\r\n\r\nBody\r\n', 'Add the form\n\nBody\n'],
    ['a BOM stays', '\uFEFF\nAdd', '\uFEFF\nAdd\n'],
    ['blank lines: none leading or trailing, one between', '\n \t\nA\n\n\n\nB\n\n', 'A\n\nB\n'],
  ])('%s', (_name, raw, stored) => {
    expect(stripSpace(raw)).toBe(stored);
  });

  it('keeps text it has nothing to do to as it is, and tidies the rest line by line, as git does', () => {
    // git's strbuf_stripspace() line by line: what stripSpace did for every text before it had a short cut.
    const lineByLine = (text: string) => {
      let out = '';
      let blanks = 0;
      for (const line of text.split('\n')) {
        const kept = line.replace(/[ \t\r]+$/, '');
        if (kept === '') blanks++;
        else {
          if (blanks > 0 && out !== '') out += '\n';
          blanks = 0;
          out += `${kept}\n`;
        }
      }
      return out;
    };
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\t', '\r', '\n', '\n', '\n', '#', '\u00A0', '\f'), { maxLength: 24 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (raw) => stripSpace(raw) === lineByLine(raw)),
      { numRuns: 3000 },
    );
  });

  it('drops comment lines only when given the comment string, which may be longer than a character', () => {
    expect(stripSpace('#x\nA\n//y\n', '//')).toBe('#x\nA\n');
    expect(stripSpace('#x\nA\n', '#')).toBe('A\n');
  });
});

describe('scissorsAt: where git cuts (wt_status_locate_end)', () => {
  const line = '# ------------------------ >8 ------------------------';
  it.each<[string, string, number]>([
    ['at a line of its own', `Add\n${line}\ndiff`, 4],
    ['at the very start', `${line}\ndiff`, 0],
    ['not without the newline after it', `Add\n${line}`, 4 + line.length],
    ['not with text after it on the line', `Add\n${line} x\ndiff`, 4 + line.length + 7],
    ['not with CRLF', `Add\n${line}\r\ndiff`, 4 + line.length + 6],
    ['not when indented', `Add\n ${line}\ndiff`, 4 + line.length + 6],
  ])('%s', (_name, text, at) => {
    expect(scissorsAt(text, '#')).toBe(at);
  });
});

describe("autoCommentChar: git's pick for core.commentChar=auto", () => {
  it.each<[string, string | undefined]>([
    ['Add the form', '#'],
    ['Fix #42 in the form', '#'],
    ['#42 Add the form', ';'],
    ['#42 Add\n; note\n@ x', '!'],
    ['Add #1\r#2 after a lone CR', ';'],
    ['#\n;\n@\n!\n$\n%\n^\n&\n|\n:', undefined],
  ])('%j -> %j', (message, char) => {
    expect(autoCommentChar(message)).toBe(char);
  });
});

describe('storedMessage: what git keeps, byte for byte', () => {
  it('verbatim keeps everything, and cuts only for -v', () => {
    const raw = '\n# kept  \nAdd\n# ------------------------ >8 ------------------------\ndiff\n';
    expect(storedMessage(raw, { cut: false, stripSpace: false, stripComments: false, comment: '#' })).toBe(raw);
    expect(storedMessage(raw, { cut: true, stripSpace: false, stripComments: false, comment: '#' })).toBe(
      '\n# kept  \nAdd\n',
    );
  });
});

describe('cleanupFor: what the hook knows of the git process above it', () => {
  const commit = (partial: Partial<CommitOptions>, editorEnv: string | undefined | null = undefined) => ({
    command: 'commit',
    options: { editor: true, cleanup: undefined, verbose: undefined, messages: [], ...partial },
    editorEnv,
  });
  const base: CleanupFacts = {
    commentChar: undefined,
    configCleanup: undefined,
    configVerbose: undefined,
    hookEditor: ':',
    git: undefined,
  };

  it('GIT_EDITOR=":" that git did not inherit was set by git: no editor, whatever the arguments say', () => {
    expect(cleanupFor({ ...base, git: commit({ editor: true }, 'vim') }, 'x').stripComments).toBe(false);
  });
  it('GIT_EDITOR=":" set by the user for an editor session (-e): the command line tells', () => {
    expect(cleanupFor({ ...base, git: commit({ editor: true }, ':') }, '#42 Add').stripComments).toBe(true);
    expect(cleanupFor({ ...base, git: commit({ editor: false }, ':') }, '#42 Add').stripComments).toBe(false);
  });
  it("without the command line, git's hints in the file tell an editor session", () => {
    const hinted =
      "Add\n\n# Please enter the commit message for your changes. Lines starting\n# with '#' will be ignored.\n";
    expect(cleanupFor(base, hinted).stripComments).toBe(true);
    expect(cleanupFor(base, '#42 Add').stripComments).toBe(false);
  });
  it('--cleanup given on the command line wins over commit.cleanup', () => {
    const facts = { ...base, hookEditor: 'vi', configCleanup: 'verbatim', git: commit({ cleanup: 'strip' }) };
    expect(cleanupFor(facts, 'x')).toEqual({ cut: false, stripSpace: true, stripComments: true, comment: '#' });
  });
  it('-v cuts in every mode, even without an editor; commit.verbose when -v is not given', () => {
    expect(cleanupFor({ ...base, git: commit({ editor: false, verbose: 1, cleanup: 'verbatim' }) }, 'x').cut).toBe(
      true,
    );
    expect(cleanupFor({ ...base, configVerbose: 'true', git: commit({ editor: false }) }, 'x').cut).toBe(true);
    expect(cleanupFor({ ...base, configVerbose: '2', git: commit({ editor: false, verbose: 0 }) }, 'x').cut).toBe(
      false,
    );
  });
  it('scissors mode cuts only with an editor', () => {
    expect(cleanupFor({ ...base, configCleanup: 'scissors', git: commit({ editor: false }) }, 'x').cut).toBe(false);
    expect(cleanupFor({ ...base, hookEditor: 'vi', configCleanup: 'scissors', git: commit({}) }, 'x').cut).toBe(true);
  });
  it('auto without an editor: git picked from the message itself', () => {
    expect(
      cleanupFor(
        { ...base, commentChar: 'auto', configCleanup: 'strip', git: commit({ editor: false }) },
        '#42 Add\n; x',
      ).comment,
    ).toBe('@');
  });
  it('auto in an editor session without hints: from the -m messages git started with', () => {
    const facts = { ...base, hookEditor: 'vi', commentChar: 'auto', git: commit({ messages: ['#42 Add the form'] }) };
    expect(cleanupFor(facts, '#42 Add the form\n').comment).toBe(';');
  });
  it('git merge --cleanup=<mode> wins over commit.cleanup, as git commit --cleanup does', () => {
    const merge = (cleanup: string | undefined) => ({
      command: 'merge',
      options: undefined,
      mergeOptions: { cleanup },
      editorEnv: undefined,
    });
    const facts = { ...base, configCleanup: 'verbatim' };
    expect(cleanupFor({ ...facts, git: merge('strip') }, '# note\nAdd').stripComments).toBe(true);
    expect(cleanupFor({ ...facts, git: merge(undefined) }, '# note\nAdd').stripSpace).toBe(false);
    expect(cleanupFor({ ...base, configCleanup: 'strip', git: merge('whitespace') }, 'x').stripComments).toBe(false);
  });
  it('git merge does not cut at a scissors line', () => {
    expect(
      cleanupFor(
        {
          ...base,
          hookEditor: 'vi',
          configVerbose: 'true',
          git: { command: 'merge', options: undefined, editorEnv: undefined },
        },
        'x',
      ).cut,
    ).toBe(false);
  });
});
