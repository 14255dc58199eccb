import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { CLI, type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';

describe('stageflow start-work with flags, against a real bare remote', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const rev = (ref: string) => sandbox.gitOk(dir, 'rev-parse', ref);
  const config = (key: string) => sandbox.git(dir, 'config', '--get', key).stdout.trim();
  const currentBranch = () => sandbox.gitOk(dir, 'branch', '--show-current');

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('starts from a stage that exists only on the remote, with an upstream that plain git push follows', () => {
    const teammate = new Teammate(sandbox, project);
    const tip = teammate.commitAndPush('stage/payments', 'pay.txt', 'pay\n');
    expect(sandbox.git(dir, 'rev-parse', '--verify', '-q', 'refs/remotes/origin/stage/payments').code).not.toBe(0);

    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'payments', '--change', 'Add card form']);
    expect(result.output).toContain('Switched to work/jane-doe/add-card-form, started from origin/stage/payments');
    expect(result.code).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/add-card-form');
    expect(rev('HEAD')).toBe(tip);
    expect(config('branch.work/jane-doe/add-card-form.remote')).toBe('origin');
    expect(config('branch.work/jane-doe/add-card-form.merge')).toBe('refs/heads/work/jane-doe/add-card-form');
    expect(config('branch.work/jane-doe/add-card-form.stageflowstage')).toBe('stage/payments');
    expect(config('stageflow.engineer')).toBe('jane-doe');

    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the card form component');
    const pushed = sandbox.git(dir, 'push', '-q');
    expect(pushed.output).toBe('');
    expect(pushed.code).toBe(0);
    expect(sandbox.gitOk(project.remote, 'rev-parse', 'refs/heads/work/jane-doe/add-card-form')).toBe(rev('HEAD'));
  });

  it('starts from the remote stage when it is newer than the local one, leaving the local one alone', () => {
    const localTip = rev('stage/login');
    const remoteTip = new Teammate(sandbox, project).commitAndPush('stage/login', 'login.txt', 'v2\n');

    const result = sandbox.stageflow(dir, [
      'start-work',
      '--stage',
      'stage/login',
      '--change',
      'fix-token',
      '--engineer',
      'Zoë Ünal',
    ]);
    expect(result.code).toBe(0);
    expect(currentBranch()).toBe('work/zoe-unal/fix-token');
    expect(rev('HEAD')).toBe(remoteTip);
    expect(rev('stage/login')).toBe(localTip);
    expect(config('stageflow.engineer')).toBe('zoe-unal');
  });

  it('remembers the engineer name for the next start-work in this repository', () => {
    expect(
      sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'one', '--engineer', 'Zoë Ünal']).code,
    ).toBe(0);
    const second = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'two']);
    expect(second.code).toBe(0);
    expect(currentBranch()).toBe('work/zoe-unal/two');
  });

  it('keeps the remembered name when --engineer is given once for someone else', () => {
    expect(
      sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'one', '--engineer', 'Zoë Ünal']).code,
    ).toBe(0);
    expect(
      sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'pairing', '--engineer', 'Max']).code,
    ).toBe(0);
    expect(currentBranch()).toBe('work/max/pairing');
    expect(config('stageflow.engineer')).toBe('zoe-unal');
    expect(sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'three']).code).toBe(0);
    expect(currentBranch()).toBe('work/zoe-unal/three');
  });

  it('counts the changes that came along as git status shows them: no ignored node_modules, an untracked directory once', () => {
    writeFileSync(join(dir, 'package.json'), '{ "name": "edited" }\n');
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, 'node_modules', `${name}.js`), '\n');
    sandbox.gitOk(dir, 'config', 'status.showUntrackedFiles', 'all');
    const ignored = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'ignored modules']);
    expect(ignored.output).toContain('Your uncommitted changes came along (1 path)');

    // A project that does not ignore node_modules: git status shows it as one untracked directory.
    writeFileSync(join(dir, '.gitignore'), '');
    const untracked = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'untracked modules']);
    expect(untracked.output).toContain('Your uncommitted changes came along (3 paths)');
    expect(sandbox.git(dir, 'status', '--porcelain', '--untracked-files=normal').stdout.trimEnd().split('\n')).toEqual([
      ' M .gitignore',
      ' M package.json',
      '?? node_modules/',
    ]);
  });

  it('refuses while a merge is in progress, changing nothing', () => {
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/side');
    writeFileSync(join(dir, 'package.json'), '{ "name": "side" }\n');
    sandbox.gitOk(dir, 'commit', '-q', '-am', 'Rename the package on the side');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/other', 'main');
    writeFileSync(join(dir, 'package.json'), '{ "name": "other" }\n');
    sandbox.gitOk(dir, 'commit', '-q', '-am', 'Rename the package another way');
    expect(sandbox.git(dir, 'merge', 'work/jane-doe/side').code).not.toBe(0);
    const refs = refsOf(sandbox, dir);

    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'x']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('a merge is in progress');
    expect(result.output).toContain('git merge --abort');
    expect(refsOf(sandbox, dir)).toBe(refs);
    expect(currentBranch()).toBe('work/jane-doe/other');
  });

  it('starts from the local stage when it is ahead of the remote one', () => {
    sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'Merge a reviewed change locally');
    const localTip = rev('HEAD');
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'next']);
    expect(result.code).toBe(0);
    expect(rev('work/jane-doe/next')).toBe(localTip);
  });

  it('carries on from local refs when the remote cannot be reached, and says so', () => {
    const stageTip = rev('stage/login');
    sandbox.gitOk(dir, 'remote', 'set-url', 'origin', sandbox.path('missing-remote.git'));

    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'offline work']);
    expect(result.output).toContain('could not fetch origin');
    expect(result.output).toContain('carrying on from the branches as last fetched');
    expect(result.code).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/offline-work');
    expect(rev('HEAD')).toBe(stageTip);
    expect(config('branch.work/jane-doe/offline-work.merge')).toBe('refs/heads/work/jane-doe/offline-work');
  });

  it('works without any remote, from local branches only', () => {
    sandbox.gitOk(dir, 'remote', 'remove', 'origin');
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'solo']);
    expect(result.output).toContain('no remote "origin" is configured');
    expect(result.output).toContain('git push origin work/jane-doe/solo');
    expect(result.code).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/solo');
    expect(config('branch.work/jane-doe/solo.remote')).toBe('');
  });

  it('refuses to touch an existing branch without --yes, and switches to it with --yes', () => {
    sandbox.gitOk(dir, 'branch', 'work/jane-doe/login-form', 'stage/login');
    const before = refsOf(sandbox, dir);

    const refused = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'login-form']);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('work/jane-doe/login-form exists already');
    expect(refused.output).toContain('git switch work/jane-doe/login-form');
    expect(refused.output).toContain('--yes');
    expect(currentBranch()).toBe('main');
    expect(refsOf(sandbox, dir)).toBe(before);

    const switched = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'login-form', '--yes']);
    expect(switched.output).toContain('Switched to work/jane-doe/login-form, which existed already');
    expect(switched.code).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/login-form');
  });

  it('refuses a change name whose branch was started from another stage, naming both stages', () => {
    sandbox.gitOk(dir, 'branch', 'stage/payments-v2', 'main');
    expect(sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'x']).code).toBe(0);
    const before = refsOf(sandbox, dir);

    for (const from of ['work/jane-doe/x', 'main']) {
      sandbox.gitOk(dir, 'switch', '-q', from);
      const refused = sandbox.stageflow(dir, ['start-work', '--stage', 'payments-v2', '--change', 'x']);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(
        'work/jane-doe/x exists already and belongs to stage/login, not stage/payments-v2',
      );
      expect(refused.output).toContain(
        'npx stageflow start-work --stage payments-v2 --change x-payments-v2 --engineer jane-doe',
      );
      expect(refused.output).toContain(
        'npx stageflow start-work --stage payments-v2 --change x --engineer jane-doe --yes',
      );
      expect(refused.output).not.toContain('already.');
      expect(currentBranch()).toBe(from);
      expect(refsOf(sandbox, dir)).toBe(before);
    }

    const switched = sandbox.stageflow(dir, ['start-work', '--stage', 'payments-v2', '--change', 'x', '--yes']);
    expect(switched.code).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/x');
    expect(config('branch.work/jane-doe/x.stageflowstage')).toBe('stage/login');
    expect(sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'x']).output).toContain(
      'You are on work/jane-doe/x already.',
    );
  });

  it('brings uncommitted changes, staged, unstaged and untracked, along to the new branch', () => {
    writeFileSync(join(dir, 'package.json'), '{ "name": "edited" }\n');
    writeFileSync(join(dir, 'notes.md'), 'draft\n');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist/\n');
    sandbox.gitOk(dir, 'add', '.gitignore');
    const status = sandbox.gitOk(dir, 'status', '--porcelain');

    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'keep my edits']);
    expect(result.output).toContain('Your uncommitted changes came along (3 paths)');
    expect(result.code).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/keep-my-edits');
    expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe(status);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "edited" }\n');
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('draft\n');
  });

  it('refuses, changing nothing, when uncommitted changes would be overwritten', () => {
    new Teammate(sandbox, project).commitAndPush('stage/login', 'package.json', '{ "name": "from the stage" }\n');
    writeFileSync(join(dir, 'package.json'), '{ "name": "my unsaved edit" }\n');
    writeFileSync(join(dir, 'untracked.txt'), 'mine\n');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    const refs = refsOf(sandbox, dir);
    const status = sandbox.gitOk(dir, 'status', '--porcelain');
    const localConfig = sandbox.gitOk(dir, 'config', '--local', '--list');

    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'conflicting']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'cannot switch to work/jane-doe/conflicting: your uncommitted changes would be overwritten',
    );
    expect(result.output).toContain('    package.json');
    expect(result.output).toContain('Nothing was changed: you are still on main');
    expect(result.output).toContain('git stash push --include-untracked');
    expect(result.output).toContain('npx stageflow start-work --stage login --change conflicting --engineer jane-doe');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "my unsaved edit" }\n');
    expect(readFileSync(join(dir, 'untracked.txt'), 'utf8')).toBe('mine\n');
    expect(refsOf(sandbox, dir)).toBe(refs);
    expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe(status);
    expect(sandbox.gitOk(dir, 'config', '--local', '--list')).toBe(localConfig);
    expect(currentBranch()).toBe('main');
  });

  it('refuses an unknown stage, naming the ones there are and how to create it', () => {
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'nope', '--change', 'x']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('there is no stage "nope" here or on the remote');
    expect(result.output).toContain('Stages: login');
    expect(result.output).toContain('npx stageflow start-stage nope --push');
  });

  it('a mistyped stage gets the closest existing one, never an offer to create the typo', () => {
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'stage/logni', '--change', 'Add the form']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('there is no stage "stage/logni" here or on the remote; did you mean "login"?');
    expect(result.output).not.toContain('start-stage');
    const printed = result.output
      .split('\n')
      .find((line) => line.trim().startsWith('npx stageflow start-work'))!
      .trim();
    expect(printed).toBe("npx stageflow start-work --stage login --change 'Add the form'");
    const again = sandbox.stageflow(dir, printed.split(' ').slice(2, 6).concat('Add the form'));
    expect(again.code, again.output).toBe(0);
    expect(currentBranch()).toBe('work/jane-doe/add-the-form');
  });

  it('a git name with no Latin letter (李雷) is named as such, and the printed command with a Latin name works', () => {
    sandbox.gitOk(dir, 'config', 'user.name', '李雷');
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'Add the form']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('start-work cannot make the engineer part of the branch name from "李雷"');
    expect(result.output).not.toContain('is set');
    const printed = result.output
      .split('\n')
      .find((line) => line.includes('--engineer'))!
      .trim();
    expect(printed).toBe("npx stageflow start-work --stage login --change 'Add the form' --engineer jane-doe");
    const withFlag = sandbox.stageflow(dir, [
      'start-work',
      '--stage',
      'login',
      '--change',
      'Add the form',
      '--engineer',
      '韩梅梅',
    ]);
    expect(withFlag.code).toBe(2);
    expect(withFlag.output).toContain(
      '--engineer: "韩梅梅" has no letter a branch name can use (a-z, 0-9); give your name in Latin letters',
    );
    expect(
      sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'Add the form', '--engineer', 'Li Lei'])
        .code,
    ).toBe(0);
    expect(currentBranch()).toBe('work/li-lei/add-the-form');
  });

  it('a git name with letters beyond a-z is transliterated: Jürgen Größe → jurgen-grosse', () => {
    sandbox.gitOk(dir, 'config', 'user.name', 'Jürgen Größe');
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', 'Add the form']);
    expect(result.code, result.output).toBe(0);
    expect(currentBranch()).toBe('work/jurgen-grosse/add-the-form');
  });

  it('refuses a change name with nothing to make a slug of', () => {
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', '!!!']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('--change: the change name needs at least one letter or digit');
    expect(currentBranch()).toBe('main');
  });

  it.each([
    {
      args: [],
      title: 'start-work needs --stage and --change, and there is no terminal to ask for them',
      command: 'npx stageflow start-work --stage login --change add-login-form',
    },
    {
      args: ['--stage', 'login'],
      title: 'start-work needs --change, and there is no terminal to ask for it',
      command: 'npx stageflow start-work --stage login --change add-login-form',
    },
    {
      args: ['--change', 'x y', '--engineer', 'jane'],
      title: 'start-work needs --stage, and there is no terminal to ask for it',
      command: "npx stageflow start-work --stage login --change 'x y' --engineer jane",
    },
  ])(
    'without a terminal and with $args fails at once, naming the missing flags in a command to paste',
    ({ args, title, command }) => {
      // An unreachable remote: a fetch would be reported, and there must be none before the refusal.
      sandbox.gitOk(dir, 'remote', 'set-url', 'origin', sandbox.path('missing-remote.git'));
      const before = refsOf(sandbox, dir);
      const result = sandbox.stageflow(dir, ['start-work', ...args]);
      expect(result.output).not.toContain('fetch');
      expect(result.code).toBe(2);
      expect(result.output).toContain(title);
      expect(result.output).toMatch(/is an example (stage|change name)\b.*: put in yours\):/);
      expect(result.output.split('\n').map((line) => line.trim())).toContain(command);
      expect(result.output).not.toContain('<');
      expect(refsOf(sandbox, dir)).toBe(before);
      // The printed command, pasted as it is (login is also the real stage here), works.
      expect(
        sandbox.run('sh', ['-c', command.replace('npx stageflow', `"${process.execPath}" "${CLI}"`)], { cwd: dir })
          .code,
      ).toBe(0);
    },
  );

  it('refuses an unknown stage with commands that reuse the change name given', () => {
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'nope', '--change', 'x y']);
    expect(result.code).toBe(2);
    expect(result.output).toContain("npx stageflow start-work --stage nope --change 'x y'");
    expect(result.output).not.toContain('<');
  });

  it('refuses a bad change name with a command whose example value is named as one', () => {
    const result = sandbox.stageflow(dir, ['start-work', '--stage', 'login', '--change', '!!!', '--engineer', 'Zoë']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('(add-login-form is an example change name: put in yours):');
    expect(result.output).toContain("npx stageflow start-work --stage login --change add-login-form --engineer 'Zoë'");
    expect(result.output).not.toContain('<');
  });

  it('prints its flags with --help', () => {
    const result = sandbox.stageflow(dir, ['start-work', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--engineer <name>');
  });
});
