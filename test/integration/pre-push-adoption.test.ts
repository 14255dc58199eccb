import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, installHooks, refsOf, Sandbox } from '../helpers/sandbox.js';
import { printedCommands } from '../hostile/state.js';

/**
 * A project with history from before stageflow (messages today's rules refuse), then the commit
 * that adopts it, pushed to a new, empty remote: the old history is the project's, not the pusher's.
 */
describe('pre-push: an existing history pushed to a new, empty remote', () => {
  let sandbox: Sandbox;
  let dir: string;
  let remote: string;
  let adoption: string;
  const edit = (file: string, text: string) => {
    writeFileSync(join(dir, file), `${text}\n`);
    sandbox.gitOk(dir, 'add', file);
  };

  beforeEach(() => {
    sandbox = new Sandbox();
    dir = sandbox.path('service');
    remote = sandbox.path('new-remote.git');
    sandbox.gitOk(sandbox.root, 'init', '-q', dir);
    sandbox.gitOk(sandbox.root, 'init', '-q', '--bare', remote);
    for (const [n, message] of ['Initial', 'fix', 'wip'].entries()) {
      edit('handler.js', `export const version = ${n};`);
      sandbox.gitOk(dir, 'commit', '-q', '-m', message);
    }
    writeFileSync(join(dir, 'package.json'), '{ "name": "service", "private": true, "stageflow": {} }\n');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    installHooks(sandbox, dir);
    sandbox.gitOk(dir, 'add', '-A');
    // On a main with history the hooks refuse the set-up commit; a team brings it in by pull request.
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'Set up the stageflow git hooks');
    adoption = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    sandbox.gitOk(dir, 'remote', 'add', 'origin', remote);
  });
  afterEach(() => sandbox.cleanup());

  it('publishes main without judging the commits made before stageflow was adopted', () => {
    const pushed = sandbox.git(dir, 'push', '-q', '-u', 'origin', 'main');
    expect(pushed.output).toBe('');
    expect(pushed.code).toBe(0);
    expect(sandbox.gitOk(remote, 'rev-parse', 'main')).toBe(adoption);
  });

  it('publishes a work branch first, before main, just as well', () => {
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/health-check');
    edit('health.js', 'export const ok = true;');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add the health check endpoint');
    const pushed = sandbox.git(dir, 'push', '-q', 'origin', 'work/jane-doe/health-check');
    expect(pushed.output).toBe('');
    expect(pushed.code).toBe(0);
  });

  it('still refuses a bad message made after the adoption, and the printed reword leaves the old history alone', () => {
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/version');
    edit('handler.js', 'export const version = 4;');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'stuff');
    const bad = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const before = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', '-u', 'origin', 'main', 'work/jane-doe/version');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('push blocked: a commit has a message that does not describe the change');
    expect(refused.output).toContain(`${bad.slice(0, 12)} "stuff"`);
    for (const old of ['"Initial"', '"fix"', '"wip"']) expect(refused.output).not.toContain(old);
    expect(refused.output).not.toContain('--root');
    expect(refsOf(sandbox, remote)).toBe(before);

    const commands = printedCommands(refused.output);
    expect(commands).toEqual([`git rebase -i ${bad.slice(0, 12)}~1`]);
    const sequenceEditor = sandbox.path('reword.sh');
    writeFileSync(sequenceEditor, `#!/bin/sh\nsed -i 's/^pick ${bad.slice(0, 7)}/reword ${bad.slice(0, 7)}/' "$1"\n`);
    const editor = sandbox.path('message.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "Bump the handler version to four\\n" > "$1"\n');
    const reworded = sandbox.run('sh', ['-c', commands[0]!], {
      cwd: dir,
      env: { GIT_SEQUENCE_EDITOR: `sh ${sequenceEditor}`, GIT_EDITOR: `sh ${editor}` },
    });
    expect(reworded.code).toBe(0);
    // The commit below the reworded one keeps its id: main's old history is not rewritten.
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~1')).toBe(adoption);
    expect(sandbox.git(dir, 'push', '-q', '-u', 'origin', 'main', 'work/jane-doe/version')).toMatchObject({
      code: 0,
      output: '',
    });
  });

  it('does not take a later commit naming stageflow for the adoption', () => {
    sandbox.gitOk(dir, 'push', '-q', '-u', 'origin', 'main');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/config');
    edit('handler.js', 'export const version = 5;');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'wip');
    const bad = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    // A commit that names stageflow once more on top of the bad one does not make it older than stageflow.
    writeFileSync(
      join(dir, 'package.json'),
      '{ "name": "service", "private": true, "stageflow": {}, "devDependencies": { "stageflow": "file:vendor/stageflow.tgz" } }\n',
    );
    sandbox.gitOk(dir, 'commit', '-q', '-a', '-m', 'Add stageflow to the dev dependencies');
    const before = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', 'origin', 'work/jane-doe/config');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`${bad.slice(0, 12)} "wip"`);
    expect(refsOf(sandbox, remote)).toBe(before);
  });
});

describe('pre-push: git push . <from>:<to> updates this repository only', () => {
  it('fast-forwards main to origin/main locally, as no server is involved', () => {
    const { sandbox, project } = newProject();
    try {
      bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/login-form' });
      const { dir } = project;
      sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');
      // main moves on the remote (a merged pull request); the local main is behind.
      sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'HEAD:main');
      sandbox.gitOk(dir, 'fetch', '-q', 'origin');
      const remoteBefore = refsOf(sandbox, project.remote);
      const pushed = sandbox.git(dir, 'push', '-q', '.', 'origin/main:main');
      expect(pushed.output).toBe('');
      expect(pushed.code).toBe(0);
      expect(sandbox.gitOk(dir, 'rev-parse', 'main')).toBe(sandbox.gitOk(dir, 'rev-parse', 'origin/main'));
      expect(refsOf(sandbox, project.remote)).toBe(remoteBefore);
      // A push of the same kind to the server is still refused.
      sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Validate the login form fields');
      const refused = sandbox.git(dir, 'push', 'origin', 'HEAD:main');
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('push blocked: pushing to main directly is not allowed');
      expect(refsOf(sandbox, project.remote)).toBe(remoteBefore);
    } finally {
      sandbox.cleanup();
    }
  });
});
