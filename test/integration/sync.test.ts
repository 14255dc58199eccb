import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';

const WORK = 'work/jane-doe/login-form';

/** The commands a report prints under the line that holds `say`, up to the next line that is not a command. */
function commandsAfter(output: string, say: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.includes(say));
  expect(start, `no "${say}" in:\n${output}`).toBeGreaterThan(-1);
  const commands: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('    ')) break;
    commands.push(line.trim());
  }
  return commands;
}

describe('stageflow sync', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  let teammate: Teammate;
  const sync = (args: string[] = []) => sandbox.stageflow(dir, ['sync', ...args]);
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const head = () => sandbox.gitOk(dir, 'rev-parse', 'HEAD');
  const contains = (ref: string) => sandbox.git(dir, 'merge-base', '--is-ancestor', ref, 'HEAD').code === 0;
  /** Runs printed commands as a user pastes them into a shell. */
  const runAll = (commands: string[]) => {
    for (const command of commands) {
      const ran = sandbox.run('sh', ['-c', command], { cwd: dir });
      expect(ran.code, `${command}\n${ran.output}`).toBe(0);
    }
  };
  /** Uncommitted work of every kind: a staged change, an unstaged one, an untracked file. */
  const makeDirty = () => {
    write('notes.md', 'staged notes\n');
    sandbox.gitOk(dir, 'add', 'notes.md');
    write('form.js', 'form v2, not committed\n');
    write('scratch.txt', 'untracked scratch\n');
  };
  const workingState = () => ({
    head: head(),
    status: sandbox.gitOk(dir, 'status', '--porcelain', '--untracked-files=all'),
    staged: sandbox.gitOk(dir, 'diff', '--cached'),
    files: ['notes.md', 'form.js', 'scratch.txt', 'shared.txt'].map(
      (file) => `${sandbox.git(dir, 'show', `:${file}`).stdout}|${safeRead(file)}`,
    ),
  });
  const safeRead = (file: string) => {
    try {
      return read(file);
    } catch {
      return '<none>';
    }
  };

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
    teammate = new Teammate(sandbox, project);
    sandbox.gitOk(dir, 'switch', '-q', '-c', WORK, 'origin/stage/login');
    sandbox.gitOk(dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
    write('form.js', 'form v1\n');
    write('notes.md', 'notes\n');
    sandbox.gitOk(dir, 'add', 'form.js', 'notes.md');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add the login form handler');
  });
  afterEach(() => sandbox.cleanup());

  it('merges the stage’s new commits and keeps dirty, staged and untracked files', () => {
    teammate.commitAndPush('stage/login', 'rules.txt', 'password rules\n');
    teammate.commitAndPush('stage/login', 'lockout.txt', 'lock after five\n');
    makeDirty();
    const before = head();

    const dry = sync(['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        `${WORK}: work for stage/login (recorded at start-work)`,
        'sync would run:',
        `    git stash push --include-untracked -m 'stageflow sync: uncommitted changes of ${WORK}'`,
        `    git merge --ff --no-edit origin/stage/login    # origin/stage/login has 2 commits ${WORK} lacks: merge origin/stage/login`,
        '    git stash pop',
        '--dry-run: nothing was changed.',
        '',
      ].join('\n'),
    );
    expect(head()).toBe(before);

    const result = sync();
    expect(result.stderr).toBe('fetching origin…\n');
    expect(result.code).toBe(0);
    const after = head();
    expect(result.stdout).toBe(
      [
        `${WORK}: work for stage/login (recorded at start-work)`,
        `  origin/stage/login has 2 commits ${WORK} lacks: merged origin/stage/login`,
        '  your uncommitted changes (untracked files too) were put aside and brought back',
        `Before sync ${before.slice(0, 12)}, now ${after.slice(0, 12)}; undo with: git reset --keep ${before.slice(0, 12)}`,
        '',
      ].join('\n'),
    );
    expect(contains('origin/stage/login')).toBe(true);
    expect(contains(before)).toBe(true);
    expect(read('lockout.txt')).toBe('lock after five\n');
    expect(read('form.js')).toBe('form v2, not committed\n');
    expect(read('scratch.txt')).toBe('untracked scratch\n');
    expect(sandbox.git(dir, 'status', '--porcelain').stdout).toBe(' M form.js\n M notes.md\n?? scratch.txt\n');
    expect(sandbox.gitOk(dir, 'stash', 'list')).toBe('');

    expect(sync().stdout).toBe(
      `${WORK}: work for stage/login (recorded at start-work)\n  up to date with origin/stage/login\n`,
    );
  });

  it('when the stage is behind main: merges main into the work branch, whose pull request carries it', () => {
    teammate.commitAndPush('main', 'hotfix.txt', 'live hotfix\n');
    teammate.commitAndPush('stage/login', 'rules.txt', 'password rules\n');

    const merged = sync();
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain(`  origin/stage/login has 1 commit ${WORK} lacks: merged origin/stage/login\n`);
    expect(merged.stdout).toContain(
      `  origin/stage/login is 1 commit behind origin/main: merged origin/main (1 commit) into ${WORK}; its pull request into stage/login carries them\n`,
    );
    expect(contains('origin/main')).toBe(true);
    expect(contains('origin/stage/login')).toBe(true);
    expect(sync().stdout).toBe(
      `${WORK}: work for stage/login (recorded at start-work)\n  up to date with origin/stage/login\n`,
    );
  });

  it('with sync.mainIntoStage "pull-request": takes in the stage only, and prints the main → stage pull request that check --pr accepts', () => {
    teammate.commitAndPush('main', 'hotfix.txt', 'live hotfix\n');
    teammate.commitAndPush('stage/login', 'rules.txt', 'password rules\n');
    write('.stageflowrc.json', '{ "sync": { "mainIntoStage": "pull-request" } }\n');
    const routed = sync();
    expect(routed.code).toBe(0);
    expect(routed.stdout).toContain(
      'origin/stage/login is 1 commit behind origin/main; main reaches the stage by a pull request:\n    main → stage/login\n',
    );
    expect(contains('origin/stage/login')).toBe(true);
    expect(contains('origin/main')).toBe(false);
    const route = sandbox.stageflow(dir, ['check', '--pr', '--head', 'main', '--base', 'stage/login']);
    expect(route.output).toBe('');
    expect(route.code).toBe(0);
  });

  it('stops on a conflict; the printed commands finish the merge and bring the files back', () => {
    teammate.commitAndPush('stage/login', 'form.js', 'form from the stage\n');
    teammate.commitAndPush('main', 'hotfix.txt', 'live hotfix\n');
    makeDirty();
    write('form.js', 'form v1\n'); // form.js stays as committed: the conflict is between commits only
    write('shared.txt', 'untracked too\n');

    const stopped = sync();
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain(
      '✖ stageflow: merging origin/stage/login stopped on a conflict in 1 file\n    form.js\n',
    );
    const finish = commandsAfter(stopped.stderr, 'Resolve the conflicts');
    expect(finish).toEqual(['git add -- form.js && git commit --no-edit', 'git stash pop', 'npx stageflow sync']);

    write('form.js', 'form from the stage, with my handler\n');
    runAll(finish);
    expect(contains('origin/stage/login')).toBe(true);
    expect(contains('origin/main')).toBe(true);
    expect(read('form.js')).toBe('form from the stage, with my handler\n');
    expect(read('scratch.txt')).toBe('untracked scratch\n');
    expect(read('shared.txt')).toBe('untracked too\n');
    expect(read('notes.md')).toBe('staged notes\n');
    expect(sandbox.gitOk(dir, 'stash', 'list')).toBe('');
  });

  it('after an abort by the printed commands, the branch and every file are exactly as before sync', () => {
    teammate.commitAndPush('stage/login', 'form.js', 'form from the stage\n');
    teammate.commitAndPush('main', 'notes.md', 'notes from main\n');
    write('.stageflowrc.json', '{ "sync": { "strategy": "merge" } }\n');
    makeDirty();
    write('form.js', 'form v1\n');
    const before = workingState();

    const stopped = sync();
    expect(stopped.code).toBe(1);
    const abort = commandsAfter(stopped.stderr, 'or put');
    expect(abort).toEqual(['git merge --abort', 'git stash pop --index']);
    runAll(abort);
    expect(workingState()).toEqual(before);
  });

  it('rebases when sync.strategy says so; a conflict aborts back to where it was', () => {
    write('.stageflowrc.json', '{ "sync": { "strategy": "rebase" } }\n');
    sandbox.gitOk(dir, 'add', '.stageflowrc.json');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Rebase work branches onto their stage');
    sandbox.gitOk(dir, 'push', '-q', '-u', 'origin', 'HEAD');
    teammate.commitAndPush('stage/login', 'rules.txt', 'password rules\n');
    write('scratch.txt', 'untracked scratch\n');

    const rebased = sync();
    expect(rebased.code).toBe(0);
    expect(rebased.stdout).toContain(
      `  origin/stage/login has 1 commit ${WORK} lacks: rebased onto origin/stage/login\n`,
    );
    expect(rebased.stdout).toContain(
      `Rebased: ${WORK} on origin has the old commits; publish the new ones with: git push --force-with-lease\n`,
    );
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~2')).toBe(sandbox.gitOk(dir, 'rev-parse', 'origin/stage/login'));
    expect(read('scratch.txt')).toBe('untracked scratch\n');

    teammate.commitAndPush('stage/login', 'form.js', 'form from the stage\n');
    const before = workingState();
    const stopped = sync();
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('✖ stageflow: rebasing onto origin/stage/login stopped on a conflict in 1 file\n');
    expect(commandsAfter(stopped.stderr, 'Resolve the conflicts')).toEqual([
      'git add -- form.js && git rebase --continue',
      'git stash pop',
    ]);
    const abort = commandsAfter(stopped.stderr, 'or put');
    expect(abort).toEqual(['git rebase --abort', 'git stash pop --index']);
    runAll(abort);
    expect(workingState()).toEqual(before);

    const again = sync();
    write('form.js', 'form from the stage, rebased\n');
    runAll(commandsAfter(again.stderr, 'Resolve the conflicts'));
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~2')).toBe(sandbox.gitOk(dir, 'rev-parse', 'origin/stage/login'));
    expect(read('scratch.txt')).toBe('untracked scratch\n');
  });

  it('refuses on main, on a stage, on a detached HEAD, in the middle of a merge and when its stage is gone, changing nothing', () => {
    const refused = (what: string) => {
      const result = sync();
      expect(result.code, what).toBe(1);
      expect(result.stdout, what).toBe('');
      return result.stderr;
    };
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    expect(refused('main')).toContain(
      '✖ stageflow: main is not a work branch: sync brings a stage into work/*, and main changes only by stage pull requests\n',
    );
    sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
    const stage = refused('stage');
    expect(stage).toContain(
      '✖ stageflow: stage/login is a stage: it changes only by pull requests, and sync updates a work branch\n',
    );
    expect(commandsAfter(stage, 'To bring main into it')).toEqual([
      'npx stageflow start-work --stage login --change login-catch-up',
      'npx stageflow sync',
      'git push -u origin HEAD',
    ]);
    sandbox.gitOk(dir, 'switch', '-q', '--detach', WORK);
    expect(refused('detached')).toContain(
      '✖ stageflow: HEAD is detached: sync updates a work branch, and none is checked out\n',
    );

    sandbox.gitOk(dir, 'switch', '-q', WORK);
    teammate.commitAndPush('stage/login', 'form.js', 'form from the stage\n');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    expect(sandbox.git(dir, 'merge', '-q', '--no-edit', 'origin/stage/login').code).toBe(1);
    expect(commandsAfter(refused('merge'), 'Finish it')).toEqual([
      'git merge --continue',
      'git merge --abort',
      'npx stageflow sync',
    ]);
    sandbox.gitOk(dir, 'merge', '--abort');

    // The recorded stage was merged into main and deleted: sync brings in no other stage.
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', '--delete', 'stage/login');
    sandbox.gitOk(dir, 'branch', '-q', '-D', 'stage/login');
    const before = head();
    expect(refused('gone')).toContain(
      `✖ stageflow: ${WORK} was started from stage/login, which is no longer on origin (merged into main and deleted?)\n`,
    );
    expect(head()).toBe(before);
  });
});
