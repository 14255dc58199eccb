import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStageRecords } from '../../src/core/git-config/stage-records.js';
import { Sandbox } from '../helpers/sandbox.js';

/** pre-push reads start-work's records from the config file; git's own reading is the reference. */
describe('the stage records of the config file, read without git', () => {
  let sandbox: Sandbox;
  let dir: string;
  const fromGit = () =>
    new Map(
      sandbox
        .git(dir, 'config', '--get-regexp', '^branch\\..*\\.stageflowstage$')
        .stdout.split('\n')
        .filter(Boolean)
        .map((line) => {
          const space = line.indexOf(' ');
          return [line.slice('branch.'.length, space - '.stageflowstage'.length), line.slice(space + 1)] as const;
        }),
    );
  const fromFile = () => parseStageRecords(readFileSync(join(dir, '.git', 'config'), 'utf8'));

  beforeAll(() => {
    sandbox = new Sandbox();
    dir = sandbox.path('repo');
    sandbox.gitOk(sandbox.root, 'init', '-q', dir);
  });
  afterAll(() => sandbox.cleanup());

  it('reads what git config writes, for branch names git allows, as git reads it', () => {
    const names = ['work/jane-doe/login', 'work/ünï/cödé', 'work/a"b/c\\d', 'work/x.y/z', 'work/UP/Case'];
    names.forEach((name, index) => {
      sandbox.gitOk(dir, 'config', `branch.${name}.stageflowstage`, `stage/s${index}`);
      sandbox.gitOk(dir, 'config', `branch.${name}.remote`, 'origin');
    });
    sandbox.gitOk(dir, 'config', 'stageflow.engineer', 'jane-doe');
    expect(fromFile()).toEqual(fromGit());
    expect(fromFile()?.get('work/a"b/c\\d')).toBe('stage/s2');
  });

  it('leaves to git what needs its own reading: includes, quoted or escaped values', () => {
    expect(parseStageRecords('[include]\n\tpath = other\n')).toBeUndefined();
    expect(parseStageRecords('[branch.work/a/b]\n\tstageflowstage = stage/x\n')).toBeUndefined();
    expect(parseStageRecords('[branch "work/a/b"]\n\tstageflowstage = "stage/x"\n')).toBeUndefined();
    expect(parseStageRecords('[branch "work/a/b"]\n\tstageflowstage = stage/x\\\n')).toBeUndefined();
    expect(parseStageRecords('[branch "work/a/b"]\n\tStageflowStage = stage/x ; a comment\n')).toEqual(
      new Map([['work/a/b', 'stage/x']]),
    );
  });
});
