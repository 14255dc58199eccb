import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { installHooks, type Project, refsOf, Sandbox } from '../helpers/sandbox.js';
import { paste, printedCommands, repositoryState } from './state.js';

const ZERO = '0'.repeat(40);

describe('hostile pre-push input', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' })));
  afterEach(() => sandbox.cleanup());

  const prePush = (input: string, remote = 'origin') =>
    sandbox.stageflow(project.dir, ['hook', 'pre-push', remote, project.remote], { input });

  it('lets a push with nothing to send pass: git gives the hook no ref lines, and the runner says it handed over all there were', () => {
    const { dir } = project;
    // git 2.39 runs pre-push even when everything is up to date, with empty standard input.
    const result = sandbox.git(dir, 'push', 'origin', 'stage/login');
    expect(result.output).toBe('Everything up-to-date\n');
    expect(result.code).toBe(0);
  });

  it('refuses empty standard input that did not come from the runner: a command before it may have read the ref lines', () => {
    const before = refsOf(sandbox, project.remote);
    const result = prePush('');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'push stopped: the pre-push hook got no ref lines from git, so stageflow cannot tell what is pushed',
    );
    expect(result.stderr).toContain('git lfs pre-push "$@"');
    expect(result.stderr).toContain('    npx stageflow init');
    expect(result.stderr).toContain('git push --no-verify');
    expect(refsOf(sandbox, project.remote)).toBe(before);
  });

  it.each([
    ['a line of garbage', 'hello world'],
    ['a short object id', 'refs/heads/work/a/b abc123 refs/heads/work/a/b 000000'],
    ['object ids of different lengths', `refs/heads/work/a/b ${'a'.repeat(64)} refs/heads/work/a/b ${ZERO}`],
    ['a remote ref outside refs/', `refs/heads/work/a/b ${'a'.repeat(40)} heads/work/a/b ${ZERO}`],
    ['a ref name with a space (five fields)', `refs/heads/work/a/b c ${'a'.repeat(40)} refs/heads/work/a/b ${ZERO}`],
    ['upper-case hex', `refs/heads/work/a/b ${'A'.repeat(40)} refs/heads/work/a/b ${ZERO}`],
  ])('refuses %s: it stops rather than guess, and shows the line', (_, line) => {
    const before = refsOf(sandbox, project.remote);
    const sha = sandbox.gitOk(project.dir, 'rev-parse', 'HEAD');
    const result = prePush(
      `refs/heads/work/jane-doe/login-form ${sha} refs/heads/work/jane-doe/login-form ${ZERO}\n${line}\n`,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('push blocked: the ref lines git passed to the pre-push hook could not be read');
    expect(result.stderr).toContain(JSON.stringify(line));
    expect(result.stderr).toContain('stageflow hook pre-push "$@"');
    expect(result.stderr).toContain('git push --no-verify');
    expect(refsOf(sandbox, project.remote)).toBe(before);
  });

  it('takes a thousand refs in one push, and refuses all of them when one is bad', () => {
    const { dir, remote } = project;
    const head = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const names = Array.from({ length: 1000 }, (_, i) => `work/jane-doe/change-${i}`);
    sandbox.run('git', ['update-ref', '--stdin'], {
      cwd: dir,
      input: names.map((name) => `create refs/heads/${name} ${head}\n`).join(''),
    });
    sandbox.gitOk(dir, 'branch', 'Feature_X', head);
    const remoteBefore = refsOf(sandbox, remote);
    const localBefore = repositoryState(sandbox, dir);

    const refused = sandbox.git(dir, 'push', 'origin', 'refs/heads/work/*:refs/heads/work/*', 'Feature_X');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('push blocked: the branch name "Feature_X" does not follow the strategy');
    expect(refused.output.match(/push blocked/g)).toHaveLength(1);
    expect(refsOf(sandbox, remote)).toBe(remoteBefore);
    expect(repositoryState(sandbox, dir)).toBe(localBefore);

    const pushed = sandbox.git(dir, 'push', '-q', 'origin', 'refs/heads/work/*:refs/heads/work/*');
    expect(pushed.output).toBe('');
    expect(pushed.code).toBe(0);
    expect(
      refsOf(sandbox, remote)
        .split('\n')
        .filter((line) => line.startsWith('refs/heads/work/jane-doe/change-')),
    ).toHaveLength(1000);
  });

  it('checks a push whose remote id was never fetched here (a force push over a colleague)', () => {
    const { dir, remote } = project;
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');
    sandbox.gitOk(dir, 'push', '-q', 'origin', 'work/jane-doe/login-form');
    // A colleague pushes on top; this clone never fetches it.
    const other = sandbox.path('other');
    sandbox.gitOk(sandbox.root, 'clone', '-q', '-b', 'work/jane-doe/login-form', remote, other);
    sandbox.gitOk(other, 'commit', '-q', '--allow-empty', '-m', 'Validate the login form fields');
    sandbox.gitOk(other, 'push', '-q', '--no-verify', 'origin', 'HEAD');

    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'wip');
    const refused = sandbox.git(dir, 'push', '--force', 'origin', 'work/jane-doe/login-form');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('push blocked: a commit has a message that does not describe the change');
    expect(refused.output).toContain('"wip" is a placeholder');

    sandbox.gitOk(dir, 'commit', '-q', '--amend', '--allow-empty', '-m', 'Show the login errors next to the fields');
    const forced = sandbox.git(dir, 'push', '-q', '--force', 'origin', 'work/jane-doe/login-form');
    expect(forced.output).not.toContain('✖');
    expect(forced.code).toBe(0);
  });

  it('does not blame published commits when pushing to a remote never fetched', () => {
    const { remote } = project;
    // History the team already has, with a message that breaks today's rules.
    const seed = sandbox.path('seed');
    sandbox.gitOk(sandbox.root, 'clone', '-q', remote, seed);
    sandbox.gitOk(seed, 'commit', '-q', '--allow-empty', '-m', 'Initial');
    sandbox.gitOk(seed, 'push', '-q', 'origin', 'main');

    const clone = sandbox.path('clone');
    sandbox.gitOk(sandbox.root, 'clone', '-q', remote, clone);
    installHooks(sandbox, clone);
    sandbox.gitOk(clone, 'remote', 'add', 'mirror', remote);
    sandbox.gitOk(clone, 'switch', '-q', '-c', 'work/jane-doe/mirror-check');
    sandbox.gitOk(clone, 'commit', '-q', '--allow-empty', '-m', 'Add the mirror health check');

    const pushed = sandbox.git(clone, 'push', 'mirror', 'work/jane-doe/mirror-check');
    expect(pushed.output).not.toContain('✖');
    expect(pushed.code).toBe(0);
  });

  it('does not blame published commits when pushing to a URL instead of a remote name', () => {
    const { dir, remote } = project;
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'Initial');
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'work/jane-doe/login-form');
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');

    const pushed = sandbox.git(dir, 'push', `file://${remote}`, 'work/jane-doe/login-form');
    expect(pushed.output).not.toContain('✖');
    expect(pushed.code).toBe(0);
  });

  it('refuses a new stage while origin/main is unknown here, and the printed fetch fixes it', () => {
    const { dir, remote } = project;
    sandbox.gitOk(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
    const before = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', 'origin', 'main:refs/heads/stage/pay');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('push blocked: stage/pay would not start from origin/main');
    expect(refused.output).toContain('origin/main is not known here yet');
    expect(refsOf(sandbox, remote)).toBe(before);
    const commands = printedCommands(refused.output);
    expect(commands[0]).toBe('git fetch origin main');
    expect(paste(sandbox, dir, commands[0]!).code).toBe(0);
    expect(sandbox.git(dir, 'push', '-q', 'origin', 'main:refs/heads/stage/pay').code).toBe(0);
  });

  it('lets a badly named remote branch be deleted, never main', () => {
    const { dir, remote } = project;
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main:refs/heads/Feature_X');
    const deleted = sandbox.git(dir, 'push', '-q', 'origin', ':Feature_X');
    expect(deleted.output).not.toContain('✖');
    expect(deleted.code).toBe(0);
    expect(refsOf(sandbox, remote)).not.toContain('Feature_X');

    const before = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', 'origin', ':main');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('push blocked: deleting main directly is not allowed');
    expect(refsOf(sandbox, remote)).toBe(before);
  });

  it('explains how to create a stage when pushing to a URL, which has no remote-tracking main', () => {
    const { dir, remote } = project;
    const before = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', `file://${remote}`, 'main:refs/heads/stage/checkout');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      'push blocked: cannot tell whether stage/checkout starts from main, as this push names a URL, not a remote',
    );
    expect(refused.output).toContain('git push origin main:stage/checkout');
    expect(refsOf(sandbox, remote)).toBe(before);
    // The printed command works.
    const pushed = sandbox.git(dir, 'push', '-q', 'origin', 'main:stage/checkout');
    expect(pushed.code).toBe(0);
  });
});

describe('pre-push in a SHA-256 repository', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('reads 64-character object ids, refuses what it must and lets good work through', () => {
    const dir = sandbox.path('project');
    const remote = sandbox.path('remote.git');
    sandbox.gitOk(sandbox.root, 'init', '-q', '--bare', '--object-format=sha256', remote);
    sandbox.gitOk(sandbox.root, 'init', '-q', '--object-format=sha256', dir);
    sandbox.gitOk(dir, 'remote', 'add', 'origin', remote);
    writeFileSync(join(dir, 'package.json'), '{ "name": "sha256-service", "private": true }\n');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    installHooks(sandbox, dir);
    sandbox.gitOk(dir, 'add', '-A');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'Set up the service with stageflow hooks');
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main');
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toHaveLength(64);

    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/login-form');
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'wip');
    const before = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', 'origin', 'work/jane-doe/login-form');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('"wip" is a placeholder');
    expect(refused.output).not.toContain('could not be read');
    expect(refsOf(sandbox, remote)).toBe(before);

    sandbox.gitOk(dir, 'commit', '-q', '--amend', '--allow-empty', '-m', 'Add the login form handler');
    expect(sandbox.git(dir, 'push', '-q', 'origin', 'work/jane-doe/login-form').code).toBe(0);
    const toMain = sandbox.git(dir, 'push', 'origin', 'work/jane-doe/login-form:main');
    expect(toMain.code).toBe(1);
    expect(toMain.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(sandbox.git(dir, 'push', '-q', 'origin', 'main:stage/login').code).toBe(0);
  });
});
