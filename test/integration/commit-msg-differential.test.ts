import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageRules } from '../../src/config/message-rules.js';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { SCISSORS } from '../../src/core/message/clean-message.js';
import { judgeStoredMessage } from '../../src/core/message/judge-commits.js';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

/**
 * The commit-msg hook must judge the message git will store. Messages and modes are generated,
 * committed with real git through the installed hooks, and the hook's verdict is compared with
 * the verdict on what git stored (`git log -1 --format=%B`, judged as pre-push judges it). Where
 * the hook refuses, the same commit is made with --no-verify to see what git would have stored.
 */

type How = 'file' | 'file-edit-colon' | 'editor';
interface Case {
  message: string;
  /** -F without an editor; -e -F with GIT_EDITOR=":" (an editor session that changes nothing); an editor typing the message. */
  how: How;
  /** GIT_EDITOR the user has set for -F without -e: git sets ":" for the hook either way. */
  userEditor: 'true' | ':';
  cleanup: { mode: string; as: 'flag' | 'config' } | undefined;
  /** -v, commit.verbose=true, or commit.verbose given without a value (git's true). */
  verbose: 'flag' | 'config' | 'bare-config' | undefined;
  commentChar: string | undefined;
}

const LINES = [
  'Add the login form handler',
  'wip',
  'fix',
  '#42 Add the login form handler',
  '# a note to self',
  '; a note',
  '@ mention',
  '',
  ' ',
  '\t',
  '\u00A0',
  '\u3000',
  '\f',
  '\v',
  '\uFEFFAdd the login form handler',
  'Add the\rlogin form handler',
  `# ${SCISSORS}`,
  `; ${SCISSORS}`,
  'diff --git a/handler.js b/handler.js',
];

const message = fc
  .tuple(
    fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([lines, end, last]) => lines.join(end) + (last ? end : ''));

const testCase: fc.Arbitrary<Case> = fc.record({
  message,
  how: fc.constantFrom<How>('file', 'file-edit-colon', 'editor'),
  userEditor: fc.constantFrom<'true' | ':'>('true', ':'),
  cleanup: fc.option(
    fc.record({
      mode: fc.constantFrom('default', 'strip', 'whitespace', 'verbatim', 'scissors'),
      as: fc.constantFrom<'flag' | 'config'>('flag', 'config'),
    }),
    { nil: undefined },
  ),
  verbose: fc.constantFrom<Case['verbose']>('flag', 'config', 'bare-config', undefined),
  commentChar: fc.constantFrom<string | undefined>(undefined, ';', 'auto'),
});

const base: Omit<Case, 'message'> = {
  how: 'file',
  userEditor: 'true',
  cleanup: undefined,
  verbose: undefined,
  commentChar: undefined,
};
/** The cases issue 11 names. */
const EXAMPLES: [string, Case][] = [
  [
    '--cleanup=strip as a flag with -F',
    { ...base, message: '#42 Add the login form handler\n', cleanup: { mode: 'strip', as: 'flag' } },
  ],
  [
    '--cleanup=verbatim as a flag in an editor session',
    { ...base, message: '# nothing here\n', cleanup: { mode: 'verbatim', as: 'flag' }, how: 'file-edit-colon' },
  ],
  [
    'GIT_EDITOR=: during an editor session (-e)',
    { ...base, message: '#42 Add the login form handler\n', how: 'file-edit-colon' },
  ],
  [
    'core.commentChar=auto in an editor session',
    { ...base, message: '#42 Add the login form handler\n; a note\n', how: 'file-edit-colon', commentChar: 'auto' },
  ],
  [
    'core.commentChar=auto with commit.cleanup=strip and no editor',
    {
      ...base,
      message: '#42 Add the login form handler\n',
      commentChar: 'auto',
      cleanup: { mode: 'strip', as: 'config' },
    },
  ],
  // Cut there, nothing is left; not cut, the subject follows it: a wrong cut shows either way.
  [
    'a scissors line in an editor session without -v',
    { ...base, message: `# ${SCISSORS}\nAdd the login form handler\n`, how: 'editor' },
  ],
  [
    'a scissors line with --cleanup=whitespace and no -v',
    {
      ...base,
      message: `Add the login form handler\n# ${SCISSORS}\nwip\n`,
      cleanup: { mode: 'whitespace', as: 'flag' },
    },
  ],
  [
    'a scissors line with -v and no editor',
    {
      ...base,
      message: `# ${SCISSORS}\nAdd the login form handler\n`,
      verbose: 'flag',
      cleanup: { mode: 'strip', as: 'flag' },
    },
  ],
  [
    'a scissors line with commit.verbose given without a value',
    {
      ...base,
      message: `# ${SCISSORS}\nAdd the login form handler\n`,
      verbose: 'bare-config',
      cleanup: { mode: 'strip', as: 'flag' },
    },
  ],
  ['a line of only NBSP', { ...base, message: '\u00A0\nAdd the login form handler\n' }],
  [
    'lines of only U+3000, form feed, vertical tab',
    { ...base, message: '\u3000\n\f\n\v\nAdd the login form handler\n', how: 'editor' },
  ],
  ['a lone CR', { ...base, message: 'wip\rAdd the login form handler\n' }],
  ['a BOM on a line of its own', { ...base, message: '\uFEFF\nAdd the login form handler\n' }],
];

const rules = await messageRules(defaultConfig());

describe('commit-msg judges what git stores: differential test against real git', () => {
  let sandbox: Sandbox;
  let project: Project;
  let editor: string;

  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' }));
    // An editor that types the message above what git wrote into the file, as a person would.
    editor = sandbox.path('editor.sh');
    writeFileSync(editor, '#!/bin/sh\n{ cat "$TYPED_MESSAGE"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n');
  });
  afterAll(() => sandbox.cleanup());

  function commit(testCase: Case, verify: boolean) {
    const file = sandbox.path('message.txt');
    writeFileSync(file, testCase.message);
    const config: string[] = [];
    if (testCase.commentChar) config.push('-c', `core.commentChar=${testCase.commentChar}`);
    if (testCase.cleanup?.as === 'config') config.push('-c', `commit.cleanup=${testCase.cleanup.mode}`);
    if (testCase.verbose === 'config') config.push('-c', 'commit.verbose=true');
    if (testCase.verbose === 'bare-config') config.push('-c', 'commit.verbose');
    const args = [...config, 'commit', '--allow-empty'];
    if (!verify) args.push('--no-verify');
    if (testCase.cleanup?.as === 'flag') args.push(`--cleanup=${testCase.cleanup.mode}`);
    if (testCase.verbose === 'flag') args.push('-v');
    if (testCase.how === 'file') args.push('-F', file);
    if (testCase.how === 'file-edit-colon') args.push('-e', '-F', file);
    const gitEditor =
      testCase.how === 'editor' ? `sh ${editor}` : testCase.how === 'file-edit-colon' ? ':' : testCase.userEditor;
    return sandbox.run('git', args, { cwd: project.dir, env: { GIT_EDITOR: gitEditor, TYPED_MESSAGE: file } });
  }

  /** What git stored in HEAD, judged as pre-push and `stageflow check` judge it: true when accepted. */
  function storedVerdict(): boolean {
    const stored = sandbox.git(project.dir, 'log', '-1', '--format=%B').stdout.replace(/\n$/, '');
    return judgeStoredMessage({ sha: 'HEAD', parents: ['p'], message: stored }, rules) === undefined;
  }

  function check(testCase: Case): void {
    const hooked = commit(testCase, true);
    const refused = hooked.output.includes('commit message rejected');
    if (hooked.code === 0) {
      expect(storedVerdict(), 'the hook accepted what pre-push refuses').toBe(true);
      return;
    }
    // Refused by git before the hook ran (no free comment character for auto): nothing to compare.
    if (!refused && hooked.output.includes('unable to select a comment character')) return;
    expect(refused, `git refused after the hook accepted:\n${hooked.output}`).toBe(true);
    const bare = commit(testCase, false);
    // git refuses an empty message itself; the hook refusing it too agrees.
    if (bare.code !== 0 && bare.output.includes('empty commit message')) return;
    expect(bare.code, bare.output).toBe(0);
    expect(storedVerdict(), 'the hook refused what pre-push accepts').toBe(false);
  }

  it.each(EXAMPLES)('agrees with what git stores: %s', (_name, example) => {
    check(example);
  });

  it('gives the verdict pre-push gives on the stored commit, for generated messages in every cleanup mode, with and without an editor', () => {
    fc.assert(
      fc.property(testCase, (generated) => check(generated)),
      { numRuns: 10, seed: 1101, endOnFailure: true },
    );
  });
});
