import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

const WORK = 'work/jane-doe/login-form';

describe('stageflow status', () => {
  let sandbox: Sandbox;
  let project: Project;
  const status = (args: string[] = []) => sandbox.stageflow(project.dir, ['status', ...args]);
  const commit = (message: string) => sandbox.gitOk(project.dir, 'commit', '-q', '--allow-empty', '-m', message);
  /** Lands a commit on a protected branch of the remote, as a merged pull request does. */
  const landOnRemote = (branch: string, message: string) => {
    const parent = sandbox.gitOk(project.dir, 'rev-parse', `origin/${branch}`);
    const sha = sandbox.gitOk(project.dir, 'commit-tree', `${parent}^{tree}`, '-p', parent, '-m', message);
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', `${sha}:refs/heads/${branch}`);
  };

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', 'main:refs/heads/stage/orders');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', WORK, 'origin/stage/login');
    commit('Add the login form handler');
  });
  afterEach(() => sandbox.cleanup());

  it('after real divergence on main and on the stage: counts, and the commands that catch up', () => {
    sandbox.gitOk(project.dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
    landOnRemote('main', 'Fix the rounding of live order totals');
    landOnRemote('stage/login', 'Add the password rules to the login stage');
    landOnRemote('stage/login', 'Add the lockout after five failed logins');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');

    const result = status();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        `${WORK}: work for stage/login (recorded at start-work), deployed as stage "login".`,
        '  versus origin/stage/login: 1 commit ahead, 2 commits behind',
        '  origin/stage/login versus origin/main: 2 commits ahead, 1 commit behind',
        'Your local stage/login is 2 commits behind origin/stage/login (switching to it would give old code); catch it up:',
        '    git fetch origin stage/login:stage/login',
        'Your local main is 1 commit behind origin/main (switching to it would give old code); catch it up:',
        '    git fetch origin main:main',
        'The stage has moved on (2 commits), and stage/login is 1 commit behind origin/main; bring both into your branch (its pull request into stage/login carries main to the stage):',
        '    npx stageflow sync',
        'Remote branches as of the last fetch; refresh with: git fetch origin',
        '',
      ].join('\n'),
    );

    // The printed commands work: the local stage and main catch up with the remote's...
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin', 'stage/login:stage/login');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin', 'main:main');
    expect(status().stdout).not.toContain('Your local');
    // ...the work branch takes in its stage and main, which its pull request carries into the stage.
    const synced = sandbox.run('sh', ['-c', 'npx stageflow sync'], { cwd: project.dir });
    expect(synced.code, synced.output).toBe(0);
    const after = status().stdout;
    expect(after).toContain('  versus origin/stage/login: 4 commits ahead, 0 commits behind\n');
    expect(after).not.toContain('stageflow sync');
    expect(after).toContain(`When it is ready, open a pull request: ${WORK} → stage/login`);
  });

  it('infers the stage from the history when start-work recorded none', () => {
    landOnRemote('stage/login', 'Add the password rules to the login stage');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/jane-doe/password-rules', 'origin/stage/login');
    commit('Check the password length');
    expect(status().stdout).toContain('work/jane-doe/password-rules: work for stage/login (inferred from the history)');
  });

  it('says when the history cannot tell two stages apart, and how to record the stage', () => {
    const result = status();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${WORK}: a work branch whose stage is not known (it could be any of stage/login, stage/orders).`,
    );
    expect(result.stdout).toContain(
      [
        'Record the one it was started from (start-work does this for the branches it creates), one of:',
        `    git config branch.${WORK}.stageflowstage stage/login`,
        `    git config branch.${WORK}.stageflowstage stage/orders`,
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('<');

    // A printed line, pasted as it is, records the stage.
    sandbox.run('sh', ['-c', `git config branch.${WORK}.stageflowstage stage/login`], { cwd: project.dir });
    expect(status().stdout).toContain(`${WORK}: work for stage/login (recorded at start-work)`);
  });

  it('quotes the placeholder when no stage branch is known at all', () => {
    sandbox.gitOk(project.dir, 'branch', '-q', '-D', 'stage/login');
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', '--delete', 'stage/login', 'stage/orders');
    sandbox.gitOk(project.dir, 'fetch', '-q', '--prune', 'origin');
    expect(status().stdout).toContain(`    git config branch.${WORK}.stageflowstage 'stage/<stage-name>'\n`);
  });

  it('on main behind the remote: says so, and the fast-forward works', () => {
    landOnRemote('main', 'Fix the rounding of live order totals');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    const result = status();
    expect(result.stdout).toContain(
      'Your main is 1 commit behind origin/main; catch it up:\n    git merge --ff-only origin/main\n',
    );
    sandbox.gitOk(project.dir, 'merge', '-q', '--ff-only', 'origin/main');
    expect(status().stdout).not.toContain('behind');
  });

  it('on a stage with a commit of its own and behind the remote: says they diverged and how to see its commits', () => {
    landOnRemote('stage/login', 'Add the password rules to the login stage');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(project.dir, 'switch', '-q', 'stage/login');
    sandbox.gitOk(
      project.dir,
      'commit',
      '-q',
      '--no-verify',
      '--allow-empty',
      '-m',
      'A commit made on the stage by mistake',
    );
    const result = status();
    expect(result.stdout).toContain(
      'Your local stage/login and origin/stage/login have diverged: 1 commit only here, 1 commit only on origin.',
    );
    expect(result.stdout).toContain('    git log --oneline origin/stage/login..stage/login\n');
    expect(result.stdout).not.toContain('--ff-only');
  });

  it('on a stage: how it compares with main', () => {
    landOnRemote('main', 'Fix the rounding of live order totals');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(project.dir, 'switch', '-q', 'stage/login');
    const result = status();
    expect(result.stdout).toContain(
      'stage/login: a stage, deployed as stage "login".\n  origin/stage/login versus origin/main: 0 commits ahead, 1 commit behind\n',
    );
    expect(result.stdout).toContain(
      '    npx stageflow start-work --stage login --change login-catch-up\n    npx stageflow sync\n    git push -u origin HEAD\nthen open a pull request: work/jane-doe/login-catch-up → stage/login\n',
    );
  });

  it('on main and detached', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    expect(status().stdout).toContain('main: the live code, deployed as stage "prod".');
    sandbox.gitOk(project.dir, 'switch', '-q', '--detach', 'HEAD');
    expect(status().stdout).toContain('HEAD is detached');
  });

  it('refuses an unknown option or an argument as a usage error, naming it; --help prints the usage', () => {
    const bogus = status(['--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain(
      'stageflow: status: unknown option --bogus; status takes --json, --all, --behind-main, --markdown, --help',
    );
    expect(bogus.stderr).toContain('Usage: stageflow status [--all] [--json]');
    const argument = status(['main']);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toContain('stageflow: status: unexpected argument "main": this command takes options only');
    expect(status(['-h'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: stageflow status [--all] [--json]'),
    });
  });

  it('--json gives the same facts as data', () => {
    sandbox.gitOk(project.dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
    landOnRemote('main', 'Fix the rounding of live order totals');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    expect(JSON.parse(status(['--json']).stdout)).toEqual({
      kind: 'work',
      branch: WORK,
      engineer: 'jane-doe',
      stage: {
        branch: 'stage/login',
        stage: 'login',
        source: 'recorded',
        ref: 'origin/stage/login',
        workOnly: 1,
        stageOnly: 0,
        main: { ref: 'origin/main', stageOnly: 0, mainOnly: 1, merged: false },
        workLacksMain: 1,
        published: true,
      },
      candidates: [],
      localBehind: [{ branch: 'main', ref: 'origin/main', behind: 1, ahead: 0, current: false }],
    });
  });

  /** Merges the remote's stage into its main by a merge commit, as a merged pull request does. */
  const mergeStageOnRemote = (stage: string) => {
    const main = sandbox.gitOk(project.dir, 'rev-parse', 'origin/main');
    const tip = sandbox.gitOk(project.dir, 'rev-parse', `origin/${stage}`);
    const sha = sandbox.gitOk(
      project.dir,
      'commit-tree',
      `${tip}^{tree}`,
      '-p',
      main,
      '-p',
      tip,
      '-m',
      `Merge ${stage} into main`,
    );
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', `${sha}:refs/heads/main`);
  };

  it('when the recorded stage is gone from origin (deleted after its merge): says so, infers no other stage', () => {
    sandbox.gitOk(project.dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
    // The work's pull request into the stage, the stage's into main, then GitHub deletes the stage.
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', `${WORK}:refs/heads/stage/login`);
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    mergeStageOnRemote('stage/login');
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', ':refs/heads/stage/login');
    sandbox.gitOk(project.dir, 'fetch', '-q', '--prune', 'origin');
    expect(status().stdout).toBe(
      [
        `${WORK}: work for stage/login (recorded at start-work).`,
        'The recorded stage stage/login is no longer on origin (merged into main?); start new work with:',
        '    npx stageflow start-work',
        'Your local main is 2 commits behind origin/main (switching to it would give old code); catch it up:',
        '    git fetch origin main:main',
        'Remote branches as of the last fetch; refresh with: git fetch origin',
        '',
      ].join('\n'),
    );
  });

  it('when the stage is merged into main by a merge commit: merged, not behind, and no catch-up recipe', () => {
    sandbox.gitOk(project.dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
    landOnRemote('stage/login', 'Add the password rules to the login stage');
    mergeStageOnRemote('stage/login');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    const onWork = status().stdout;
    expect(onWork).toContain('  origin/stage/login versus origin/main: merged into main (main has 1 commit since)\n');
    expect(onWork).toContain('stage/login is merged into main; start new work with:\n    npx stageflow start-work\n');
    expect(onWork).not.toContain('catch-up');
    sandbox.gitOk(project.dir, 'switch', '-q', '-C', 'stage/login', 'origin/stage/login');
    const onStage = status().stdout;
    expect(onStage).toContain('  origin/stage/login versus origin/main: merged into main (main has 1 commit since)\n');
    expect(onStage).toContain('stage/login is merged into main; start new work with:\n    npx stageflow start-work\n');
    expect(onStage).not.toContain('catch-up');
  });

  it('on its own catch-up branch: no command to create it, and the pull request line once', () => {
    const catchUp = 'work/jane-doe/login-catch-up';
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', catchUp, 'origin/stage/login');
    sandbox.gitOk(project.dir, 'config', `branch.${catchUp}.stageflowstage`, 'stage/login');
    landOnRemote('main', 'Fix the rounding of live order totals');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    const before = status().stdout;
    expect(before).toContain(
      'This is the catch-up branch of stage/login: it brings main into the stage.\nstage/login is 1 commit behind origin/main; bring main into your branch (its pull request into stage/login carries main to the stage):\n    npx stageflow sync\n    git push -u origin HEAD\n',
    );
    expect(before).not.toContain('git switch -c');
    const merged = sandbox.git(project.dir, 'merge', '-q', '--no-edit', 'origin/main');
    expect(merged.code, merged.output).toBe(0);
    const after = status().stdout;
    expect(after).not.toContain('git switch -c');
    expect(after.split('open a pull request').length - 1).toBe(1);
    expect(after).toContain(`When it is ready, open a pull request: ${catchUp} → stage/login\n`);
  });

  it('for a stage that exists only here: says to push it, gives no catch-up into it; without a remote, no fetch line', () => {
    const work = 'work/jane-doe/local-form';
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'stage/local', 'origin/main');
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', work);
    sandbox.gitOk(project.dir, 'config', `branch.${work}.stageflowstage`, 'stage/local');
    commit('Add the local form handler');
    landOnRemote('main', 'Fix the rounding of live order totals');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    const onWork = status().stdout;
    expect(onWork).toContain(
      'stage/local was never published to origin (it exists only here); push it:\n    git push -u origin stage/local\n',
    );
    expect(onWork).not.toContain('catch-up');
    expect(onWork).not.toContain('open a pull request');
    sandbox.gitOk(project.dir, 'switch', '-q', 'stage/local');
    const onStage = status().stdout;
    expect(onStage).toContain(
      'stage/local was never published to origin (it exists only here); push it:\n    git push -u origin stage/local\n',
    );
    expect(onStage).not.toContain('catch-up');

    sandbox.gitOk(project.dir, 'remote', 'remove', 'origin');
    const noRemote = status();
    expect(noRemote.code).toBe(0);
    expect(noRemote.stdout).not.toContain('git fetch');
    expect(noRemote.stdout).not.toContain('not on origin');
  });

  it('tells a stage start-stage made but never published from one merged into main and deleted', () => {
    expect(sandbox.stageflow(project.dir, ['start-stage', 'returns']).code).toBe(0);
    const started = sandbox.stageflow(project.dir, [
      'start-work',
      '--stage',
      'returns',
      '--change',
      'Refund to store credit',
    ]);
    expect(started.code, started.output).toBe(0);
    commit('Refund returns to store credit');
    const never = status().stdout;
    expect(never).toContain(
      'stage/returns was never published to origin (it exists only here); push it:\n    git push -u origin stage/returns\n',
    );
    expect(never).not.toContain('no longer on');

    // Published as printed, merged into main by its pull request, and deleted by the host.
    const push = sandbox.run('sh', ['-c', 'git push -q -u origin stage/returns'], { cwd: project.dir });
    expect(push.code, push.output).toBe(0);
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', 'HEAD:stage/returns');
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', 'HEAD:main');
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', '--delete', 'stage/returns');
    sandbox.gitOk(project.dir, 'fetch', '-q', '--prune', 'origin');
    const merged = status().stdout;
    expect(merged).toContain('The recorded stage stage/returns is no longer on origin (merged into main?)');
    expect(merged).not.toContain('never published');
  });

  describe('the pre-push notice for a work branch start-work did not record', () => {
    const gitProcesses = (branch: string) => {
      const trace = sandbox.path(`trace-${branch.replace(/\//g, '-')}.log`);
      const pushed = sandbox.run('git', ['push', '-q', 'origin', branch], {
        cwd: project.dir,
        env: { GIT_TRACE: trace },
      });
      expect(pushed.code).toBe(0);
      expect(pushed.stderr).toBe(
        `stageflow: origin/stage/login has moved on since ${branch} last took it in; catch up on ${branch} with: npx stageflow sync\n`,
      );
      return (sandbox.run('cat', [trace]).stdout.match(/trace: (built-in|exec|run_command): /g) ?? []).length;
    };

    it('names the stage status infers, and costs the same git processes for 1 pushed commit as for 40', () => {
      const work = 'work/jane-doe/password-rules';
      landOnRemote('stage/login', 'Add the password rules to the login stage');
      sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
      sandbox.gitOk(project.dir, 'switch', '-q', '-c', work, 'origin/stage/login');
      commit('Check the password length');
      landOnRemote('stage/login', 'Add the lockout after five failed logins');
      sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
      expect(status().stdout).toContain(`${work}: work for stage/login (inferred from the history)`);
      const one = gitProcesses(work);
      sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/jane-doe/many', work);
      for (let i = 0; i < 40; i++)
        sandbox.gitOk(
          project.dir,
          'commit',
          '-q',
          '--no-verify',
          '--allow-empty',
          '-m',
          `Add step ${i} of the login flow`,
        );
      expect(gitProcesses('work/jane-doe/many')).toBe(one);
    });

    it('is silent when the inferred stage has nothing new, or when no stage can be told', () => {
      sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/jane-doe/on-main', 'origin/main');
      expect(sandbox.git(project.dir, 'push', '-q', '-u', 'origin', WORK)).toMatchObject({ code: 0, stderr: '' });
      // Cut from main: stage/login and stage/orders are equally near, so no stage is named.
      landOnRemote('stage/login', 'Add the password rules to the login stage');
      sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
      sandbox.gitOk(project.dir, 'commit', '-q', '--allow-empty', '-m', 'Add a helper for the order totals');
      expect(sandbox.git(project.dir, 'push', '-q', '-u', 'origin', 'work/jane-doe/on-main')).toMatchObject({
        code: 0,
        stderr: '',
      });
    });
  });

  describe('the pre-push notice', () => {
    beforeEach(() => sandbox.gitOk(project.dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login'));

    it("is one line, never a block, when the pushed work branch's stage has moved on", () => {
      landOnRemote('stage/login', 'Add the password rules to the login stage');
      sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
      const pushed = sandbox.git(project.dir, 'push', '-q', '-u', 'origin', WORK);
      expect(pushed.code).toBe(0);
      expect(pushed.stderr).toBe(
        `stageflow: origin/stage/login has moved on since ${WORK} last took it in; catch up on ${WORK} with: npx stageflow sync\n`,
      );
      expect(sandbox.gitOk(project.remote, 'rev-parse', WORK)).toBe(sandbox.gitOk(project.dir, 'rev-parse', WORK));
    });

    it("is silent when the branch has the stage's newest commit", () => {
      const pushed = sandbox.git(project.dir, 'push', '-q', '-u', 'origin', WORK);
      expect(pushed).toMatchObject({ code: 0, stderr: '' });
    });

    it('costs the same git processes for 1 pushed commit as for 40', () => {
      landOnRemote('stage/login', 'Add the password rules to the login stage');
      sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
      const gitProcesses = (branch: string) => {
        const trace = sandbox.path(`trace-${branch.replace(/\//g, '-')}.log`);
        const pushed = sandbox.run('git', ['push', '-q', 'origin', branch], {
          cwd: project.dir,
          env: { GIT_TRACE: trace },
        });
        expect(pushed.stderr).toContain('has moved on');
        return (sandbox.run('cat', [trace]).stdout.match(/trace: (built-in|exec|run_command): /g) ?? []).length;
      };
      const one = gitProcesses(WORK);
      sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/jane-doe/many', WORK);
      sandbox.gitOk(project.dir, 'config', 'branch.work/jane-doe/many.stageflowstage', 'stage/login');
      for (let i = 0; i < 40; i++)
        sandbox.gitOk(
          project.dir,
          'commit',
          '-q',
          '--no-verify',
          '--allow-empty',
          '-m',
          `Add step ${i} of the login flow`,
        );
      expect(gitProcesses('work/jane-doe/many')).toBe(one);
    });
  });
});
