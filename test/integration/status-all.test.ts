import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitCounter, gitCounter } from '../helpers/git-counter.js';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';

describe('stageflow status --all', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  let counter: GitCounter;
  const statusAll = (args: string[] = []) => sandbox.stageflow(dir, ['status', '--all', ...args]);
  const commit = (message: string) => sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', message);

  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
    counter = gitCounter(sandbox);
    const teammate = new Teammate(sandbox, project);
    teammate.pushBranch('stage/orders', 'origin/main');
    teammate.commitAndPush('stage/orders', 'orders.txt', 'orders table\n');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/orders-api', 'origin/stage/orders');
    commit('Add the orders listing endpoint');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/pricing', 'main');
    commit('Add the pricing table for the new plans');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/login-form', 'origin/stage/login');
    sandbox.gitOk(dir, 'config', 'branch.work/jane-doe/login-form.stageflowstage', 'stage/login');
    commit('Add the login form handler');
    // The team moves on: two commits on the login stage, a hotfix on main.
    teammate.commitAndPush('stage/login', 'rules.txt', 'password rules\n');
    teammate.commitAndPush('stage/login', 'lockout.txt', 'lock after five\n');
    teammate.commitAndPush('main', 'hotfix.txt', 'live hotfix\n');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
  });
  afterAll(() => sandbox.cleanup());

  it('shows every local stage and work branch on a line, and what to run for those behind', () => {
    const result = statusAll();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '  BRANCH                     STAGE                     VERSUS ITS STAGE              STAGE VERSUS origin/main',
        '  stage/login                (a stage)                 2 behind origin/stage/login   2 ahead, 1 behind',
        '* work/jane-doe/login-form   stage/login               1 ahead, 2 behind             2 ahead, 1 behind',
        '  work/jane-doe/orders-api   stage/orders (inferred)   1 ahead                       1 ahead, 1 behind',
        '  work/jane-doe/pricing      not known                 -                             -',
        'To update:',
        '  stage/login: your local copy is 2 commits behind origin/stage/login: git fetch origin stage/login:stage/login',
        '  stage/login: stage/login is 1 commit behind origin/main; sync a work branch of it and open its pull request work/jane-doe/login-catch-up → stage/login: npx stageflow start-work --stage login --change login-catch-up && npx stageflow sync && git push -u origin HEAD',
        '  work/jane-doe/login-form: 2 commits of origin/stage/login and 1 commit of origin/main (stage/login is behind it) to take in: npx stageflow sync',
        '  work/jane-doe/orders-api: 1 commit of origin/main (stage/orders is behind it) to take in: git switch work/jane-doe/orders-api && npx stageflow sync',
        "  work/jane-doe/pricing: its stage is not known (one of stage/login, stage/orders); record it, then sync: git config branch.work/jane-doe/pricing.stageflowstage 'stage/<stage-name>'",
        'Remote branches as of the last fetch; refresh with: git fetch origin (sync fetches by itself)',
        '',
      ].join('\n'),
    );
  });

  it('--json gives the same rows as data', () => {
    const result = statusAll(['--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      remote: string;
      main: string;
      branches: { branch: string; todo: string[] }[];
    };
    expect(parsed.remote).toBe('origin');
    expect(parsed.main).toBe('origin/main');
    expect(parsed.branches.find((row) => row.branch === 'work/jane-doe/orders-api')).toEqual({
      branch: 'work/jane-doe/orders-api',
      kind: 'work',
      current: false,
      stage: 'stage/orders',
      source: 'inferred',
      stageRef: 'origin/stage/orders',
      ahead: 1,
      behind: 0,
      main: { ref: 'origin/main', stageOnly: 1, mainOnly: 1, merged: false },
      workLacksMain: 1,
      todo: ['sync'],
    });
    expect(parsed.branches.map((row) => [row.branch, row.todo])).toEqual([
      ['stage/login', ['fast-forward', 'main-by-work-branch']],
      ['work/jane-doe/login-form', ['sync']],
      ['work/jane-doe/orders-api', ['sync']],
      ['work/jane-doe/pricing', ['record-stage']],
    ]);
  });

  it('the printed commands bring the branches up to date', () => {
    const lines = statusAll().stdout.split('\n');
    const commandOf = (branch: string) =>
      lines
        .find((line) => line.startsWith(`  ${branch}: `))!
        .split(': ')
        .at(-1)!;
    for (const branch of ['work/jane-doe/orders-api', 'stage/login']) {
      const ran = sandbox.run('sh', ['-c', commandOf(branch)], { cwd: dir });
      expect(ran.code, ran.output).toBe(0);
    }
    const after = statusAll().stdout;
    expect(after).toContain(
      '  stage/login                (a stage)                 up to date with origin/stage/login   2 ahead, 1 behind\n',
    );
    // Its own commit, main's hotfix and the merge of main: the pull request into stage/orders carries main.
    expect(after).toContain(
      '* work/jane-doe/orders-api   stage/orders (inferred)   3 ahead                              1 ahead, 1 behind\n',
    );
    expect(after).not.toContain('  work/jane-doe/orders-api:');
  });

  it('runs the same number of git processes for three more branches', () => {
    const calls = () => {
      counter.reset();
      expect(sandbox.stageflow(dir, ['status', '--all'], { env: counter.env }).code).toBe(0);
      return counter.calls();
    };
    const before = calls();
    for (const change of ['alpha', 'beta', 'gamma']) {
      sandbox.gitOk(dir, 'switch', '-q', '-c', `work/jane-doe/${change}`, 'origin/stage/login');
      sandbox.gitOk(dir, 'config', `branch.work/jane-doe/${change}.stageflowstage`, 'stage/login');
      commit(`Add the ${change} part of the login page`);
    }
    const after = calls();
    expect(after).toHaveLength(before.length);
    expect(after.length).toBeLessThanOrEqual(8);
  });
});
