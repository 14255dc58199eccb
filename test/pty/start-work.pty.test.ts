import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';
import { Terminal } from '../helpers/terminal.js';

describe('stageflow start-work at a real terminal', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const rev = (ref: string) => sandbox.gitOk(dir, 'rev-parse', ref);
  const config = (key: string) => sandbox.git(dir, 'config', '--get', key).stdout.trim();
  const start = (...args: string[]) => new Terminal(sandbox, dir, ['start-work', ...args]);

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('lists stages newest first, takes arrow keys and typed names, and creates the branch with its upstream', async () => {
    const teammate = new Teammate(sandbox, project);
    const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const loginTip = teammate.commitAndPush('stage/login', 'login.txt', 'v2\n', { date: inMinutes(1) });
    teammate.commitAndPush('stage/payments', 'pay.txt', 'pay\n', { date: inMinutes(2) });
    const term = start();

    const list = await term.waitFor('create a new stage from main');
    expect(list).toMatch(
      /Which stage is the change for\?[^\n]*\n. stage\/payments[^\n]*\n {2}stage\/login[^\n]*\n {2}\+ create a new stage from main/,
    );
    // stage/payments is only on origin; stage/login is here and there.
    expect(list).toMatch(/stage\/payments +updated [^\n]* · only on origin\n/);
    expect(list).not.toMatch(/stage\/login [^\n]*on origin/);
    term.press('Down');
    await term.waitFor(/▸ stage\/login/);
    term.press('Enter');

    await term.waitFor('Your name, for the branch');
    await term.waitFor('branch: work/jane-doe/<change>');
    term.press('Enter');

    await term.waitFor('What is the change?');
    term.type('!!!');
    term.press('Enter');
    await term.waitFor('the change name needs at least one letter or digit');
    term.press('BSpace', 'BSpace', 'BSpace');
    term.type('Add Login Form');
    await term.waitFor('branch: work/jane-doe/add-login-form');
    term.press('Enter');

    expect(await term.waitForExit()).toBe(0);
    const screen = term.screen();
    expect(screen).toContain('✔ What is the change? (a few words) · add-login-form');
    expect(screen).toContain('Switched to work/jane-doe/add-login-form, started from origin/stage/login');
    const branch = 'work/jane-doe/add-login-form';
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe(branch);
    expect(rev('HEAD')).toBe(loginTip);
    expect(config(`branch.${branch}.remote`)).toBe('origin');
    expect(config(`branch.${branch}.merge`)).toBe(`refs/heads/${branch}`);
    expect(config(`branch.${branch}.stageflowstage`)).toBe('stage/login');
    expect(config('stageflow.engineer')).toBe('jane-doe');

    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');
    expect(sandbox.git(dir, 'push', '-q').code).toBe(0);
    expect(sandbox.gitOk(project.remote, 'rev-parse', `refs/heads/${branch}`)).toBe(rev('HEAD'));
  });

  it('creates a new stage from the newest main on the way, remembering the engineer name typed', async () => {
    const mainTip = new Teammate(sandbox, project).commitAndPush('main', 'live.txt', 'hotfix\n');
    const term = start();

    await term.waitFor('create a new stage from main');
    term.press('Down');
    await term.waitFor(/▸ \+ create a new stage from main/);
    term.press('Enter');
    await term.waitFor('Name of the new stage');
    expect(term.screen()).toContain('✔ Which stage is the change for? · create a new stage from main');
    expect(term.screen()).not.toContain(':new-stage');
    term.type('login');
    term.press('Enter');
    await term.waitFor('stage/login exists already; pick it from the list instead');
    for (let i = 0; i < 'login'.length; i++) term.press('BSpace');
    term.type('Checkout Flow');
    await term.waitFor('branch: stage/checkout-flow');
    term.press('Enter');

    await term.waitFor('Your name, for the branch');
    term.type('Zoë Ünal');
    await term.waitFor('branch: work/zoe-unal/<change>');
    term.press('Enter');
    await term.waitFor('What is the change?');
    term.type('first cut');
    await term.waitFor('branch: work/zoe-unal/first-cut');
    term.press('Enter');

    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain('New stage stage/checkout-flow created from the same commit and published.');
    // Published through the real pre-push hook, so that the work branch's pull request has a base.
    expect(sandbox.gitOk(project.remote, 'rev-parse', 'refs/heads/stage/checkout-flow')).toBe(mainTip);
    expect(rev('stage/checkout-flow')).toBe(mainTip);
    expect(rev('work/zoe-unal/first-cut')).toBe(mainTip);
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/zoe-unal/first-cut');
    expect(config('branch.work/zoe-unal/first-cut.stageflowstage')).toBe('stage/checkout-flow');
    expect(config('branch.stage/checkout-flow.merge')).toBe('refs/heads/stage/checkout-flow');
    expect(config('stageflow.engineer')).toBe('zoe-unal');
    const status = sandbox.stageflow(dir, ['status']);
    expect(status.stdout).toContain('work/zoe-unal/first-cut: work for stage/checkout-flow (recorded at start-work)');
    expect(status.stdout).not.toContain('no longer on');
  });

  it('offers to switch to a branch that exists already', async () => {
    sandbox.gitOk(dir, 'branch', 'work/jane-doe/login-form', 'stage/login');
    const term = start('--stage', 'login', '--change', 'login-form');
    await term.waitFor('work/jane-doe/login-form exists already. Switch to it?');
    term.type('y');
    expect(await term.waitForExit()).toBe(0);
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/jane-doe/login-form');
  });

  it('exits with 130 on Ctrl-C and changes nothing: no refs, no config, the working tree as it was', async () => {
    writeFileSync(join(dir, 'package.json'), '{ "name": "unsaved" }\n');
    writeFileSync(join(dir, 'scratch.txt'), 'untracked\n');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    const refs = refsOf(sandbox, dir);
    const remoteRefs = refsOf(sandbox, project.remote);
    const status = sandbox.gitOk(dir, 'status', '--porcelain');
    const localConfig = sandbox.gitOk(dir, 'config', '--local', '--list');
    const term = start();

    await term.waitFor('Which stage is the change for?');
    term.press('Enter');
    await term.waitFor('Your name, for the branch');
    term.press('Enter');
    await term.waitFor('What is the change?');
    term.type('half typed');
    await term.waitFor('branch: work/jane-doe/half-typed');
    term.press('C-c');

    expect(await term.waitForExit()).toBe(130);
    expect(term.screen()).toContain('cancelled; nothing was changed');
    expect(refsOf(sandbox, dir)).toBe(refs);
    expect(refsOf(sandbox, project.remote)).toBe(remoteRefs);
    expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe(status);
    expect(sandbox.gitOk(dir, 'config', '--local', '--list')).toBe(localConfig);
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('main');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "unsaved" }\n');
    expect(readFileSync(join(dir, 'scratch.txt'), 'utf8')).toBe('untracked\n');
  });
});
