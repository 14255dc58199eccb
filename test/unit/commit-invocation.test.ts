import { describe, expect, it } from 'vitest';
import {
  type CommitOptions,
  expandAlias,
  parseCommitOptions,
  splitGitCommandLine,
} from '../../src/core/message/commit-invocation.js';
import { parseMergeOptions } from '../../src/core/message/merge-invocation.js';

const options = (partial: Partial<CommitOptions>): CommitOptions => ({
  editor: true,
  cleanup: undefined,
  verbose: undefined,
  messages: [],
  ...partial,
});

describe('splitGitCommandLine: git.c global options, then the command', () => {
  it.each<[string[], { command: string; args: string[] } | undefined]>([
    [['git', 'commit', '-m', 'x'], { command: 'commit', args: ['-m', 'x'] }],
    [
      ['/usr/bin/git', '-C', 'sub dir', '-c', 'commit.cleanup=verbatim', '--no-pager', 'commit', '-v'],
      { command: 'commit', args: ['-v'] },
    ],
    [['git', '--git-dir=.git', '--work-tree', '.', 'ci'], { command: 'ci', args: [] }],
    [['/usr/lib/git-core/git-commit', '-e'], { command: 'commit', args: ['-e'] }],
    [['git', '--unheard-of', 'commit'], undefined],
    [['git'], undefined],
    [['sh', '-e', '.husky/commit-msg'], undefined],
  ])('%j', (argv, expected) => {
    expect(splitGitCommandLine(argv)).toEqual(expected);
  });
});

describe('expandAlias: one alias, as git expands it', () => {
  const line = { command: 'ci', args: ['-m', 'Add the form'] };
  it('puts the alias words before the arguments', () => {
    expect(expandAlias(line, 'commit --cleanup=verbatim')).toEqual({
      command: 'commit',
      args: ['--cleanup=verbatim', '-m', 'Add the form'],
    });
  });
  it('splits with quotes and backslashes as git does', () => {
    expect(expandAlias(line, `commit -m "two words" --template='a b' c\\ d`)?.args).toEqual([
      '-m',
      'two words',
      '--template=a b',
      'c d',
      '-m',
      'Add the form',
    ]);
  });
  it('gives up on a shell alias, an option first, or an open quote', () => {
    expect(expandAlias(line, '!git commit -v')).toBeUndefined();
    expect(expandAlias(line, '-p commit')).toBeUndefined();
    expect(expandAlias(line, 'commit "open')).toBeUndefined();
  });
  it('keeps a command line that is no alias', () => {
    expect(expandAlias(line, undefined)).toBe(line);
  });
});

describe('parseCommitOptions: what builtin/commit.c makes of the arguments', () => {
  it.each<[string[], CommitOptions | undefined]>([
    [[], options({})],
    [['-m', 'Add the form'], options({ editor: false, messages: ['Add the form'] })],
    [['-am', 'Add the form'], options({ editor: false, messages: ['Add the form'] })],
    [['-mAdd the form', '-m', 'Body'], options({ editor: false, messages: ['Add the form', 'Body'] })],
    [['--mess=Add', '--message', '-v'], options({ editor: false, messages: ['Add', '-v'] })],
    [['-m', 'x', '--no-message'], options({ editor: true, messages: [] })],
    [['-e', '-m', 'x'], options({ editor: true, messages: ['x'] })],
    [['-m', 'x', '-e', '--no-edit'], options({ editor: false, messages: ['x'] })],
    [['-F', 'message.txt'], options({ editor: false })],
    [['-Fmessage.txt', '--edit'], options({ editor: true })],
    [['-C', 'HEAD'], options({ editor: false })],
    [['-c', 'HEAD'], options({})],
    [['--amend'], options({})],
    [['--amend', '--no-edit'], options({ editor: false })],
    [['--fixup', 'HEAD'], options({ editor: false })],
    [['--fixup=amend:HEAD'], options({})],
    [['--fixup=reword:HEAD', '-m', 'x'], options({ editor: false, messages: ['x'] })],
    [['--squash', 'HEAD'], options({})],
    [['--cleanup=verbatim'], options({ cleanup: 'verbatim' })],
    [['--cleanup', 'scissors', '-m', 'x'], options({ editor: false, cleanup: 'scissors', messages: ['x'] })],
    [['--clean=whitespace'], options({ cleanup: 'whitespace' })],
    [['--cleanup=strip', '--no-cleanup'], options({})],
    [['-v'], options({ verbose: 1 })],
    [['-vv', '--verbose'], options({ verbose: 3 })],
    [['-v', '--no-verbose'], options({ verbose: 0 })],
    [['-qv', '-uno', '-Skey', '-a'], options({ verbose: 1 })],
    [['--untracked-files', '-m', 'x'], options({ editor: false, messages: ['x'] })],
    [['--author', 'Jane <j@example.com>', '--date=now', '--trailer', 'Refs: 1'], options({})],
    [['handler.js', '-m', 'x', '--', '-v', '-e'], options({ editor: false, messages: ['x'] })],
    [['--verify', '--no-verify', '-n'], options({})],
    // Ambiguous (--ver: verbose or verify), unknown, or missing a value: git refuses it; this reads nothing.
    [['--ver'], undefined],
    [['-x'], undefined],
    [['--edit=yes'], undefined],
    [['-m'], undefined],
  ])('%j', (args, expected) => {
    expect(parseCommitOptions(args)).toEqual(expected);
  });
});

describe('parseMergeOptions: builtin/merge.c reads --cleanup as git commit does', () => {
  it.each<[string[], { cleanup: string | undefined } | undefined]>([
    [['--no-ff', '--cleanup=strip', '-m', 'Merge the login work', 'work/jane/login'], { cleanup: 'strip' }],
    [['--cleanup', 'verbatim', 'stage/login'], { cleanup: 'verbatim' }],
    [['--clean=whitespace', 'x'], { cleanup: 'whitespace' }],
    [['-m', '--cleanup=strip', 'x'], { cleanup: undefined }],
    [['-s', 'ours', '-X', 'patience', '--log=3', '-nq', 'x'], { cleanup: undefined }],
    [['--cleanup=strip', '--no-cleanup', 'x'], { cleanup: undefined }],
    [['--unheard-of', 'x'], undefined],
    [['--cleanup'], undefined],
  ])('%j', (args, expected) => {
    expect(parseMergeOptions(args)).toEqual(expected);
  });
});
