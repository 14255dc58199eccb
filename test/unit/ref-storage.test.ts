import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { refStorageOf, refStorageSetting } from '../../src/core/refs/ref-storage.js';
import { StageflowError } from '../../src/errors.js';
import { readHead, readRefStorage } from '../../src/git/repository.js';

/** The config `git init --ref-format=reftable` (git 2.45) writes. */
const REFTABLE_CONFIG =
  '[core]\n\trepositoryformatversion = 1\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n[extensions]\n\trefstorage = reftable\n';
const FILES_CONFIG =
  '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n';

describe('refStorageSetting: extensions.refStorage in a git config file', () => {
  it.each<[string, string, string | undefined]>([
    ['as git 2.45 writes it', REFTABLE_CONFIG, 'reftable'],
    ['absent', FILES_CONFIG, undefined],
    ['empty file', '', undefined],
    ['in camel case, section in capitals', '[EXTENSIONS]\n  refStorage = reftable\n', 'reftable'],
    ['quoted, with a trailing comment', '[extensions]\n\trefstorage = "reftable" # new\n', 'reftable'],
    ['on the section line', '[extensions] refStorage = reftable\n', 'reftable'],
    ['on the section line, quoted', '[extensions] refStorage = "reftable"\n', 'reftable'],
    ['in a subsection', '[extensions "x"]\n\trefstorage = reftable\n', undefined],
    ['commented out', '[extensions]\n\t# refstorage = reftable\n\t;refstorage = reftable\n', undefined],
    [
      'in another section',
      '[core]\n\trefstorage = reftable\n[remote "extensions"]\n\trefstorage = reftable\n',
      undefined,
    ],
    [
      'set twice: the last wins',
      '[extensions]\n\trefstorage = reftable\n[extensions]\n\trefstorage = files\n',
      'files',
    ],
    [
      'after the extensions section ended',
      '[extensions]\n\tobjectformat = sha256\n[core]\n\trefstorage = reftable\n',
      undefined,
    ],
  ])('%s', (_, text, expected) => {
    expect(refStorageSetting(text)).toBe(expected);
  });
});

describe('refStorageOf: may the ref files be trusted, or must git be asked?', () => {
  it.each<[string, boolean, string | undefined, string]>([
    ['a files repository', false, FILES_CONFIG, 'files'],
    ['no config readable', false, undefined, 'files'],
    ['a reftable directory', true, FILES_CONFIG, 'ask-git'],
    ['extensions.refStorage = reftable', false, REFTABLE_CONFIG, 'ask-git'],
    ['both', true, REFTABLE_CONFIG, 'ask-git'],
    ['extensions.refStorage = files', false, '[extensions]\n\trefStorage = files\n', 'files'],
    ['a backend still to come', false, '[extensions]\n\trefStorage = something-new\n', 'ask-git'],
  ])('%s', (_, reftableDir, configText, expected) => {
    expect(refStorageOf({ reftableDir, configText })).toBe(expected);
  });
});

describe('readHead in the layout a reftable repository has on disk', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What git 2.45 leaves for older readers: a HEAD stub, refs/heads as a file, the tables in reftable/. */
  const reftableLayout = (config: string) => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'stageflow-reftable-')));
    mkdirSync(join(dir, 'refs'));
    writeFileSync(join(dir, 'refs', 'heads'), 'this repository uses the reftable format\n');
    writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/.invalid\n');
    mkdirSync(join(dir, 'reftable'));
    writeFileSync(join(dir, 'reftable', 'tables.list'), '0x000000000001-0x000000000003-5f3b2a1c.ref\n');
    writeFileSync(join(dir, 'config'), config);
    return { gitDir: dir, commonDir: dir, bare: false };
  };

  it('never reads the stub as a branch, nor the repository as unborn (which would pass any commit as the first): it asks git, and stops when git cannot tell', async () => {
    const repository = reftableLayout(REFTABLE_CONFIG);
    expect(readRefStorage(repository.commonDir)).toBe('ask-git');
    // The stub names no table git can read: git fails, and so does the hook (closed).
    await expect(readHead(repository)).rejects.toThrow(StageflowError);
  });

  it('takes the reftable directory alone as the sign, whatever the config says', async () => {
    const repository = reftableLayout(FILES_CONFIG);
    expect(readRefStorage(repository.commonDir)).toBe('ask-git');
    await expect(readHead(repository)).rejects.toThrow(StageflowError);
  });
});
