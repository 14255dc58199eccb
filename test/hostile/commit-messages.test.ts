import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, createProject, type Project, type Sandbox } from '../helpers/sandbox.js';
import { injectedMarkers, paste, printedCommands, repositoryState } from './state.js';

const MEGABYTE = 1024 * 1024;
const GOOD = 'Add the login form handler';

interface Case {
  name: string;
  bytes: Buffer;
  /** Extra `git commit` options: `-e` makes git strip comments, as when an editor was used. */
  options?: string[];
  /** `git -c` settings. */
  config?: string[];
}

/**
 * `normalized`: git itself strips trailing white space from a -F file before the hook sees it.
 * `copy`: the text of the copy that the next commit will not overwrite: the message as git would
 * store it (without git's hints or a `commit -v` diff); left out, the copy is the file git passed.
 */
const REJECTED: (Case & { problem: string; subject?: string; normalized?: boolean; copy?: string })[] = [
  { name: 'an empty file', bytes: Buffer.alloc(0), problem: 'the message is empty' },
  {
    name: 'only comments (editor)',
    bytes: Buffer.from('# first thought\n# second thought\n'),
    options: ['-e'],
    problem: 'the message is empty',
  },
  {
    name: 'only white space',
    bytes: Buffer.from('   \n\t\n \r\n\n'),
    problem: 'the message is empty',
    normalized: true,
  },
  {
    name: 'CRLF line ends',
    bytes: Buffer.from('wip\r\n\r\nsome notes\r\n'),
    problem: '"wip" is a placeholder',
    subject: 'wip',
    normalized: true,
    copy: 'wip\n\nsome notes\n',
  },
  // git keeps a BOM (its white space is ASCII), so the subject starts with it.
  {
    name: 'a byte-order mark',
    bytes: Buffer.from('\uFEFFwip stuff\n'),
    problem: 'wip stuff" is a placeholder',
    subject: '\uFEFFwip stuff',
    copy: '\uFEFFwip stuff\n',
  },
  {
    name: 'invalid UTF-8 bytes',
    bytes: Buffer.from([0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a]),
    problem: 'the subject has 0 words',
  },
  // Once quadratic in the placeholder rule (45 s for 160,000 "!"): every rule is linear now.
  { name: 'a 1 MB single token', bytes: Buffer.from(`a${'!'.repeat(MEGABYTE)}b\n`), problem: 'the subject has 1 word' },
  {
    name: 'a 1 MB placeholder subject',
    bytes: Buffer.from(`${'wip '.repeat(MEGABYTE / 4)}wip\n`),
    problem: '" is a placeholder',
  },
  {
    name: 'a placeholder above the scissors line of commit -v',
    bytes: Buffer.from('wip\n'),
    options: ['-e', '-v'],
    problem: '"wip" is a placeholder',
    copy: 'wip\n',
  },
  {
    name: 'only a comment with core.commentChar ";"',
    bytes: Buffer.from('; a note to self\n'),
    options: ['-e'],
    config: ['core.commentChar=;'],
    problem: 'the message is empty',
  },
  {
    name: 'a placeholder with core.commentChar auto',
    bytes: Buffer.from('wip\n'),
    options: ['-e'],
    config: ['core.commentChar=auto'],
    problem: '"wip" is a placeholder',
    copy: 'wip\n',
  },
];

const ACCEPTED: (Case & { stored: string })[] = [
  {
    name: 'CRLF line ends',
    bytes: Buffer.from(`${GOOD}\r\n\r\nWhy it matters.\r\n`),
    stored: `${GOOD}\n\nWhy it matters.`,
  },
  { name: 'a byte-order mark', bytes: Buffer.from(`\uFEFF${GOOD}\n`), stored: GOOD },
  {
    name: 'invalid UTF-8 in the body',
    bytes: Buffer.concat([Buffer.from(`${GOOD}\n\nbytes: `), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]),
    stored: GOOD,
  },
  {
    name: 'a 1 MB body',
    bytes: Buffer.from(`${GOOD}\n\n${'A line of the body.\n'.repeat(MEGABYTE / 20)}`),
    stored: GOOD,
  },
  { name: 'a scissors line from commit -v', bytes: Buffer.from(`${GOOD}\n`), options: ['-e', '-v'], stored: GOOD },
  {
    name: 'a subject starting with # and no editor (git keeps it)',
    bytes: Buffer.from(`#42 ${GOOD}\n`),
    stored: `#42 ${GOOD}`,
  },
  {
    name: 'a # subject with core.commentChar ";"',
    bytes: Buffer.from(`#42 ${GOOD}\n; a note to self\n`),
    options: ['-e'],
    config: ['core.commentChar=;'],
    stored: `#42 ${GOOD}`,
  },
  {
    name: 'a # subject with commit.cleanup scissors',
    bytes: Buffer.from(`#42 ${GOOD}\n`),
    config: ['commit.cleanup=scissors'],
    stored: `#42 ${GOOD}`,
  },
  {
    name: 'a # subject with commit.cleanup scissors and an editor',
    bytes: Buffer.from(`#42 ${GOOD}\n`),
    options: ['-e', '-v'],
    config: ['commit.cleanup=scissors'],
    stored: `#42 ${GOOD}`,
  },
  {
    name: 'a # subject with commit.cleanup verbatim',
    bytes: Buffer.from(`#42 ${GOOD}\n`),
    options: ['-e'],
    config: ['commit.cleanup=verbatim'],
    stored: `#42 ${GOOD}`,
  },
  {
    name: 'a # subject with core.commentChar auto',
    bytes: Buffer.from(`#42 ${GOOD}\n`),
    options: ['-e'],
    config: ['core.commentChar=auto'],
    stored: `#42 ${GOOD}`,
  },
];

describe('hostile commit message files', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' }));
    // A staged change with a diff that reads like a good message, for the commit -v cases.
    writeFileSync(join(project.dir, 'handler.js'), '// Add the login form handler with a proper description\n');
    sandbox.gitOk(project.dir, 'add', 'handler.js');
  });
  afterEach(() => sandbox.cleanup());

  function commit({ bytes, options = [], config = [] }: Case) {
    const file = sandbox.path('message.txt');
    writeFileSync(file, bytes);
    return sandbox.git(project.dir, ...config.flatMap((setting) => ['-c', setting]), 'commit', ...options, '-F', file);
  }

  it.each(REJECTED)('refuses $name, says why and keeps the message', (testCase) => {
    const { dir } = project;
    const before = repositoryState(sandbox, dir);
    const refused = commit(testCase);

    expect(refused.code).toBe(1);
    expect(refused.output).toContain('commit message rejected');
    expect(refused.output).toContain(testCase.problem);
    if (testCase.subject) expect(refused.output).toContain(`Subject: ${JSON.stringify(testCase.subject)}`);
    const saved = join(dir, '.git', 'STAGEFLOW_REJECTED_MSG');
    expect(refused.output).toContain(`git commit -e -F ${saved}`);
    expect(refused.output).toContain('git commit --no-verify');
    // Bounded output, whatever the size of the message.
    expect(refused.output.length).toBeLessThan(4000);
    expect(repositoryState(sandbox, dir)).toBe(before);
    // git's file keeps the message byte for byte (with an editor, git appends its hints after it).
    const passed = readFileSync(join(dir, '.git', 'COMMIT_EDITMSG'));
    if (!testCase.normalized) expect(passed.subarray(0, testCase.bytes.length).equals(testCase.bytes)).toBe(true);
    if (!testCase.normalized && !testCase.options?.includes('-e')) expect(passed.equals(testCase.bytes)).toBe(true);
    const copy = readFileSync(saved);
    if (testCase.copy === undefined) expect(copy.equals(passed)).toBe(true);
    else expect(copy.toString('utf8')).toBe(testCase.copy);
  });

  it.each(ACCEPTED)('accepts $name as git stores it', (testCase) => {
    const { dir } = project;
    const head = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const committed = commit(testCase);
    expect(committed.output).not.toContain('✖');
    expect(committed.code).toBe(0);
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~1')).toBe(head);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe(testCase.stored.split('\n')[0]);
  });

  it.each([
    ['CRLF line ends', Buffer.from('wip\r\n\r\nsome notes\r\n'), 'wip', 'wip\n\nsome notes\n'],
    // git keeps a lone CR inside its line, and a BOM: the subject is what git stores.
    ['a lone CR', Buffer.from('wip\rsome notes\r'), 'wip\rsome notes', 'wip\rsome notes\n'],
    ['a BOM and CRLF', Buffer.from('\uFEFFwip stuff\r\n'), '\uFEFFwip stuff', '\uFEFFwip stuff\n'],
  ])('judges a file with %s that an editor wrote, and keeps it', (_, bytes, subject, copy) => {
    // An editor's file reaches the hook as written (git cleans it only after the hook).
    const file = join(project.dir, '.git', 'COMMIT_EDITMSG');
    writeFileSync(file, bytes);
    const refused = sandbox.stageflow(project.dir, ['hook', 'commit-msg', '.git/COMMIT_EDITMSG']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Subject: ${JSON.stringify(subject)}`);
    expect(refused.stderr).toMatch(/is a placeholder|a work-in-progress marker/);
    expect(readFileSync(join(project.dir, '.git', 'STAGEFLOW_REJECTED_MSG'), 'utf8')).toBe(copy);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('prints a fix that works in a project whose path has spaces and metacharacters', () => {
    const odd = createProject(sandbox, "it's a $(touch pwned) project");
    bootstrap(sandbox, odd, { work: 'work/jane-doe/odd-path' });
    const refused = sandbox.git(odd.dir, 'commit', '--allow-empty', '-m', 'wip');
    expect(refused.code).toBe(1);
    const [command] = printedCommands(refused.output);
    expect(command).toBe(`git commit -e -F '${odd.dir.replace("'", "'\\''")}/.git/STAGEFLOW_REJECTED_MSG'`);
    writeFileSync(join(odd.dir, '.git', 'STAGEFLOW_REJECTED_MSG'), `${GOOD}\n`);
    const pasted = paste(sandbox, odd.dir, `${command!} --allow-empty`);
    expect(pasted.code).toBe(0);
    expect(injectedMarkers(sandbox)).toEqual([]);
    expect(sandbox.gitOk(odd.dir, 'log', '-1', '--format=%s')).toBe(GOOD);
  });

  it('refuses a missing message file with the cause and the hook line that passes it', () => {
    const missing = sandbox.path('nowhere', 'COMMIT_EDITMSG');
    const refused = sandbox.stageflow(project.dir, ['hook', 'commit-msg', missing]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cannot read the commit message file ${missing}: ENOENT`);
    expect(refused.stderr).toContain('stageflow hook commit-msg "$1"');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a directory given as the message file, and a hook call without the file', () => {
    const directory = sandbox.path('a-directory');
    mkdirSync(directory);
    const isDirectory = sandbox.stageflow(project.dir, ['hook', 'commit-msg', directory]);
    expect(isDirectory.code).toBe(2);
    expect(isDirectory.stderr).toContain(`cannot read the commit message file ${directory}: EISDIR`);

    const noFile = sandbox.stageflow(project.dir, ['hook', 'commit-msg']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('the commit-msg hook needs the path of the message file');
    expect(noFile.stderr).toContain('stageflow hook commit-msg "$1"');
  });
});
