import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';

describe('stageflow start-stage with a name, against a real bare remote', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const rev = (cwd: string, ref: string) => sandbox.gitOk(cwd, 'rev-parse', ref);

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('creates the stage from the remote main when it is ahead, and publishes it through the pre-push hook', () => {
    const remoteMain = new Teammate(sandbox, project).commitAndPush('main', 'live.txt', 'hotfix\n');
    const result = sandbox.stageflow(dir, ['start-stage', 'payments', '--push']);
    expect(result.output).toContain('Created stage/payments from origin/main');
    expect(result.output).toContain('and published it to origin');
    expect(result.code).toBe(0);
    expect(rev(dir, 'stage/payments')).toBe(remoteMain);
    expect(rev(project.remote, 'refs/heads/stage/payments')).toBe(remoteMain);
  });

  it('leaves out local main commits the remote lacks, saying so, so that the hook accepts the stage', () => {
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'A commit made on main by mistake');
    const result = sandbox.stageflow(dir, ['start-stage', 'search', '--push']);
    expect(result.output).toContain(
      'your main has commits origin/main does not; starting from origin/main without them',
    );
    expect(result.code).toBe(0);
    expect(rev(dir, 'stage/search')).toBe(rev(dir, 'origin/main'));
    expect(rev(project.remote, 'refs/heads/stage/search')).toBe(rev(dir, 'origin/main'));
  });

  it('without --push creates the stage here only and says how to publish it', () => {
    const remoteRefs = refsOf(sandbox, project.remote);
    const result = sandbox.stageflow(dir, ['start-stage', 'search']);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Publish it with: git push origin stage/search');
    expect(rev(dir, 'stage/search')).toBe(rev(dir, 'origin/main'));
    expect(refsOf(sandbox, project.remote)).toBe(remoteRefs);
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('main');
  });

  it('with --push and no remote configured, refuses before creating anything', () => {
    sandbox.gitOk(dir, 'remote', 'remove', 'origin');
    const before = refsOf(sandbox, dir);
    const result = sandbox.stageflow(dir, ['start-stage', 'web', '--push']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      '--push publishes the new stage to origin, but no remote "origin" is configured here',
    );
    expect(result.output).toContain('Nothing was created.');
    expect(result.output).toContain('npx stageflow start-stage web --push');
    expect(result.output).toContain('npx stageflow start-stage web\n');
    expect(result.output).not.toContain('working from local branches only');
    expect(refsOf(sandbox, dir)).toBe(before);
    expect(sandbox.git(dir, 'rev-parse', '--verify', '-q', 'refs/heads/stage/web').code).not.toBe(0);

    // The second fix works: without --push the stage is made here only.
    const local = sandbox.stageflow(dir, ['start-stage', 'web']);
    expect(local.code).toBe(0);
    expect(local.output).toContain('Created stage/web from main');
  });

  it.each([
    ['Login_Page', 'is not a valid Serverless stage name', 'npx stageflow start-stage login-page'],
    ['a'.repeat(33), 'at most 32', `npx stageflow start-stage ${'a'.repeat(32)}`],
  ])('refuses the invalid name %s with the nearest valid one', (name, reason, fix) => {
    const before = refsOf(sandbox, dir);
    const result = sandbox.stageflow(dir, ['start-stage', name]);
    expect(result.code).toBe(2);
    expect(result.output).toContain(reason);
    expect(result.output).toContain(fix);
    expect(refsOf(sandbox, dir)).toBe(before);
  });

  it('refuses a stage that exists on the remote, pointing to start-work', () => {
    new Teammate(sandbox, project).pushBranch('stage/billing', 'origin/main');
    const result = sandbox.stageflow(dir, ['start-stage', 'billing']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('stage/billing exists already on origin');
    expect(result.output).toContain('Start work on it (add-login-form is an example change name: put in yours):');
    expect(result.output).toContain('npx stageflow start-work --stage billing --change add-login-form');
  });

  it.each([
    { args: [], command: 'npx stageflow start-stage login' },
    { args: ['--push'], command: 'npx stageflow start-stage login --push' },
  ])(
    'without a terminal and without a name ($args) fails at once, with an example named as one',
    ({ args, command }) => {
      const result = sandbox.stageflow(dir, ['start-stage', ...args]);
      expect(result.code).toBe(2);
      expect(result.output).toContain('(login is an example stage name: put in yours):');
      expect(result.output.split('\n').map((line) => line.trim())).toContain(command);
      expect(result.output).not.toContain('<');
    },
  );
});

describe('stageflow start-stage in a new repository with no remote and no commit', () => {
  let sandbox: Sandbox;
  let dir: string;

  beforeEach(() => {
    let project: Project;
    ({ sandbox, project } = newProject());
    dir = project.dir;
    sandbox.gitOk(dir, 'remote', 'remove', 'origin');
  });
  afterEach(() => sandbox.cleanup());

  it('says there is no remote, and the printed first commit lets it create the stage', () => {
    const refused = sandbox.stageflow(dir, ['start-stage', 'login']);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      'there is no main here to create a stage from, and no remote "origin" to fetch it from',
    );
    expect(refused.output).toContain('git remote add origin https://github.com/your-org/your-service.git');
    // A fetch only once there is a remote to fetch from.
    expect(refused.output.indexOf('git fetch origin main')).toBeGreaterThan(
      refused.output.indexOf('git remote add origin'),
    );

    const lines = refused.output.split('\n').map((line) => line.trim());
    const from = lines.findIndex((line) => line.startsWith('or, in a new repository'));
    const commands = lines.slice(from + 1).filter(Boolean);
    expect(commands).toEqual([
      'git switch -c main',
      "git commit --allow-empty -m 'Start the service repository'",
      'npx stageflow start-stage login',
    ]);
    for (const command of commands.slice(0, 2)) {
      const ran = sandbox.run('sh', ['-c', command], { cwd: dir });
      expect(ran.code, `${command}\n${ran.output}`).toBe(0);
    }
    const created = sandbox.stageflow(dir, ['start-stage', 'login']);
    expect(created.output).toContain('Created stage/login from main');
    expect(created.code).toBe(0);
    expect(sandbox.gitOk(dir, 'rev-parse', 'stage/login')).toBe(sandbox.gitOk(dir, 'rev-parse', 'main'));
  });
});
