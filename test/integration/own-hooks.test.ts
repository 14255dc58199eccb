import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, Sandbox } from '../helpers/sandbox.js';

/**
 * This repository guards itself: a fresh clone, set up the way `npm install` does it (the
 * `prepare` script builds dist/ and runs `install-hooks`: stageflow's runner goes into git's own
 * hooks folder), refuses an undescribed commit and lets its own development
 * happen on main, as its package.json says.
 */
describe("this repository's own hooks", () => {
  let sandbox: Sandbox;
  let clone: string;
  let remote: string;
  const commit = (...args: string[]) => sandbox.git(clone, 'commit', '--allow-empty', ...args);

  beforeAll(() => {
    sandbox = new Sandbox();
    clone = sandbox.path('stageflow');
    remote = sandbox.path('stageflow-remote.git');
    sandbox.gitOk(sandbox.root, 'clone', '-q', '--no-hardlinks', PACKAGE_ROOT, clone);
    // Whatever branch the checkout under test is on, the clone's own development happens on main.
    sandbox.gitOk(clone, 'checkout', '-q', '-B', 'main');
    // No npm install: the dependencies are the ones this checkout has.
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(clone, 'node_modules'));
    const { prepare } = (
      JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: { prepare: string } }
    ).scripts;
    const prepared = sandbox.run('sh', ['-c', prepare], { cwd: clone });
    if (prepared.code !== 0) throw new Error(`the prepare script failed: ${prepared.output}`);
    sandbox.gitOk(sandbox.root, 'init', '-q', '--bare', remote);
    sandbox.gitOk(clone, 'remote', 'set-url', 'origin', remote);
    sandbox.gitOk(clone, 'push', '-q', '--no-verify', 'origin', 'main');
  });
  afterAll(() => sandbox.cleanup());

  it("are installed in git's own hooks folder: stageflow's runner, starting the clone's own build", () => {
    expect(sandbox.gitOk(clone, 'rev-parse', '--git-path', 'hooks')).toBe('.git/hooks');
    expect(readFileSync(join(clone, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain(
      '\nnode dist/cli.js hook commit-msg "$1"\n',
    );
    expect(sandbox.gitOk(clone, 'branch', '--show-current')).toBe('main');
  });

  it('refuse a commit message that does not describe the change', () => {
    const before = sandbox.gitOk(clone, 'rev-parse', 'HEAD');
    const result = commit('-m', 'wip');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('commit message rejected');
    expect(result.output).toContain('"wip" is a placeholder');
    expect(result.output).not.toContain('script failed');
    expect(sandbox.gitOk(clone, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('allow a described commit on main, which package.json leaves unprotected, and its push', () => {
    writeFileSync(join(clone, 'NOTES.md'), 'A change made in a test.\n');
    sandbox.gitOk(clone, 'add', 'NOTES.md');
    const committed = commit('-q', '-m', 'Add notes written by the own-hooks test');
    expect(committed.output).toBe('');
    expect(committed.code).toBe(0);
    const pushed = sandbox.git(clone, 'push', '-q', 'origin', 'main');
    expect(pushed.output).toBe('');
    expect(pushed.code).toBe(0);
    expect(sandbox.gitOk(remote, 'rev-parse', 'main')).toBe(sandbox.gitOk(clone, 'rev-parse', 'main'));
  });

  it('still check at push time a commit made with --no-verify', () => {
    expect(commit('-q', '--no-verify', '-m', 'tmp').code).toBe(0);
    const before = sandbox.gitOk(remote, 'rev-parse', 'main');
    const pushed = sandbox.git(clone, 'push', 'origin', 'main');
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('"tmp"');
    expect(sandbox.gitOk(remote, 'rev-parse', 'main')).toBe(before);
  });

  it('refuse a branch name outside the strategy', () => {
    sandbox.gitOk(clone, 'switch', '-q', '-c', 'feature/notes');
    const result = commit('-m', 'Add notes written by the own-hooks test');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('commit blocked: the branch name "feature/notes" does not follow the strategy');
  });
});
