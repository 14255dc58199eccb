import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';
import { Terminal } from '../helpers/terminal.js';

describe('stageflow start-stage at a real terminal', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const start = (...args: string[]) => new Terminal(sandbox, dir, ['start-stage', ...args]);

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('asks for the name, slugifies it as typed, and publishes the stage from the newest main with --push', async () => {
    const remoteMain = new Teammate(sandbox, project).commitAndPush('main', 'live.txt', 'hotfix\n');
    const localMain = sandbox.gitOk(dir, 'rev-parse', 'main');
    const term = start('--push');

    await term.waitFor('Name of the new stage');
    term.type('Payments_V2!');
    await term.waitFor('branch: stage/payments-v2');
    term.press('Enter');

    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain('Created stage/payments-v2 from origin/main');
    expect(sandbox.gitOk(dir, 'rev-parse', 'stage/payments-v2')).toBe(remoteMain);
    expect(sandbox.gitOk(dir, 'rev-parse', 'main')).toBe(localMain);
    // Published through the real pre-push hook, which allows a stage created from the remote's main.
    expect(sandbox.gitOk(project.remote, 'rev-parse', 'refs/heads/stage/payments-v2')).toBe(remoteMain);
    expect(sandbox.gitOk(dir, 'config', '--get', 'branch.stage/payments-v2.merge')).toBe(
      'refs/heads/stage/payments-v2',
    );
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('main');
  });

  it('refuses a taken or invalid name at the prompt, and Ctrl-C leaves everything as it was', async () => {
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    const refs = refsOf(sandbox, dir);
    const localConfig = sandbox.gitOk(dir, 'config', '--local', '--list');
    const term = start();

    await term.waitFor('Name of the new stage');
    term.type('login');
    term.press('Enter');
    await term.waitFor('stage/login exists already');
    for (let i = 0; i < 'login'.length; i++) term.press('BSpace');
    term.type('42');
    term.press('Enter');
    await term.waitFor('a stage name needs a letter to start with');
    term.press('C-c');

    expect(await term.waitForExit()).toBe(130);
    expect(refsOf(sandbox, dir)).toBe(refs);
    expect(sandbox.gitOk(dir, 'config', '--local', '--list')).toBe(localConfig);
  });
});
