import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

describe('stageflow status --behind-main: the summary of what main moved past', () => {
  let sandbox: Sandbox;
  let project: Project;
  const commit = (file: string, message: string) => {
    writeFileSync(join(project.dir, file), `${message}\n`);
    sandbox.gitOk(project.dir, 'add', file);
    sandbox.gitOk(project.dir, 'commit', '-q', '--no-verify', '-m', message);
  };
  const push = (...branches: string[]) =>
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', ...branches);

  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' }));
    commit('form.js', 'Add the login form');
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'stage/orders', 'main');
    commit('orders.js', 'Add the order list');
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/joe/order-export', 'stage/orders');
    commit('export.js', 'Export orders as CSV');
    // Work that main already has: merged, so not open, and not listed.
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/joe/readme', 'main');
    commit('README.md', 'Describe the service');
    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    sandbox.gitOk(project.dir, 'merge', '-q', '--no-verify', '--no-ff', '-m', 'Merge the readme', 'work/joe/readme');
    commit('hotfix.js', 'Fix the checkout total rounding');
    push('main', 'stage/login', 'stage/orders', 'work/jane-doe/login-form', 'work/joe/order-export', 'work/joe/readme');
  });
  afterAll(() => sandbox.cleanup());

  it('lists the two stages and the open work main moved past, as the job summary', () => {
    const main = sandbox.gitOk(project.dir, 'rev-parse', '--short=7', 'main');
    const result = sandbox.stageflow(project.dir, ['status', '--behind-main', '--markdown']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        `### main moved: 2 stages and 2 open work branches are behind main at ${main}`,
        '',
        '| Stage | behind main | not in main yet |',
        '| --- | ---: | ---: |',
        '| `stage/login` | 3 | 0 |',
        '| `stage/orders` | 3 | 1 |',
        '',
        '| Work branch | behind main | not in main yet |',
        '| --- | ---: | ---: |',
        '| `work/jane-doe/login-form` | 3 | 1 |',
        '| `work/joe/order-export` | 3 | 2 |',
        '',
        "On each work branch, `npx stageflow sync` brings in its stage's and main's new commits (the pull request into the stage carries main along); then run the regression tests.",
        '',
      ].join('\n'),
    );
  });

  it('reads the remote branches, as a CI clone has them; a stage that caught up with main drops out', () => {
    const clone = sandbox.path('ci-clone');
    sandbox.gitOk(sandbox.root, 'clone', '-q', project.remote, clone);
    const main = sandbox.gitOk(clone, 'rev-parse', '--short=7', 'HEAD');
    const plain = sandbox.stageflow(clone, ['status', '--behind-main']);
    expect(plain.stdout).toContain(
      `main moved: 2 stages and 2 open work branches are behind main at ${main}\n  stage/login: 3 commits behind main, 0 commits not in it yet\n`,
    );
    for (const branch of ['stage/login', 'stage/orders']) {
      sandbox.gitOk(clone, 'push', '-q', '--no-verify', 'origin', `origin/main:refs/heads/${branch}`, '--force');
    }
    sandbox.gitOk(clone, 'fetch', '-q', 'origin');
    const caughtUp = sandbox.stageflow(clone, ['status', '--behind-main', '--markdown']);
    expect(caughtUp.stdout).toContain('| `work/jane-doe/login-form` |');
    expect(caughtUp.stdout).not.toContain('| Stage |');
  });

  it('refuses --markdown without --behind-main, and the command it prints writes the summary', () => {
    const result = sandbox.stageflow(project.dir, ['status', '--markdown']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--markdown goes only with --behind-main');
    const command = '    npx stageflow status --behind-main --markdown\n';
    expect(result.stderr).toContain(command);
    const printed = sandbox.stageflow(project.dir, command.trim().split(' ').slice(2));
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('| `stage/login` |');
  });
});
