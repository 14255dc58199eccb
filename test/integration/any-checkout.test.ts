import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { installHooks, type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';

/**
 * The runner lives in git's own hooks folder (.git/hooks), which npm install writes and no
 * checkout touches: the hooks hold whatever is checked out, even a tree without .husky/ or
 * package.json, or a sparse checkout that leaves .husky/ out (issue 10.1).
 */
describe('the hooks run whatever is checked out', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  beforeEach(() => {
    ({ sandbox, project } = newProject());
    dir = project.dir;
    // The team's own pre-commit line, tracked on main.
    mkdirSync(join(dir, '.husky'), { recursive: true });
    writeFileSync(join(dir, '.husky', 'pre-commit'), 'echo "team pre-commit ran"\n');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'handler.js'), 'export const handler = () => "live";\n');
    sandbox.gitOk(dir, 'add', '-A');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'Set up the service with stageflow hooks');
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main');
  });
  afterEach(() => sandbox.cleanup());

  /** A branch whose tree has one file and neither .husky/ nor package.json, as before the adoption. */
  const checkOutBareTree = (branch: string, publish: boolean) => {
    sandbox.gitOk(dir, 'switch', '-q', '--orphan', branch);
    for (const name of ['package.json', '.gitignore', '.husky/pre-commit']) sandbox.run('rm', ['-f', join(dir, name)]);
    writeFileSync(join(dir, 'handler.js'), 'export const handler = () => "legacy";\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'Add the handler of the legacy service');
    if (publish) sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', branch);
    expect(sandbox.gitOk(dir, 'ls-files')).toBe('handler.js');
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
    // Only husky's ignored folder is left of .husky/.
    expect(readdirSync(join(dir, '.husky'))).toEqual(['_']);
  };

  /** A refused push: a non-zero exit, the reason, and no ref of the remote moved. */
  const refusedPush = (args: string[], reason: string) => {
    const before = refsOf(sandbox, project.remote);
    const result = sandbox.git(dir, 'push', ...args);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(reason);
    expect(refsOf(sandbox, project.remote)).toBe(before);
  };

  it('a stage branch cut before the project adopted stageflow (no .husky/, no package.json): commits and pushes to main, the stage and bad names are refused', () => {
    checkOutBareTree('stage/legacy', true);
    const head = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const commit = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Change the legacy handler');
    expect(commit.code).not.toBe(0);
    expect(commit.output).toContain('commit blocked: stage/legacy takes no direct commits');
    expect(commit.output).not.toContain('team pre-commit ran');
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(head);

    refusedPush(['--force', 'origin', 'stage/legacy:main'], 'push blocked: pushing to main directly is not allowed');
    refusedPush(
      ['origin', 'HEAD:Feature_Bad'],
      'push blocked: the branch name "Feature_Bad" does not follow the strategy',
    );
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'Change the legacy handler');
    refusedPush(['origin', 'stage/legacy'], 'push blocked');
  });

  it('an orphan branch: a commit on it under a stage name, and its push to main, are refused', () => {
    checkOutBareTree('work/jane-doe/orphan', false);
    sandbox.gitOk(dir, 'switch', '-q', '--orphan', 'stage/orphan');
    const commit = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Start the orphan stage');
    expect(commit.code).not.toBe(0);
    expect(commit.output).toContain('commit blocked: stage/orphan takes no direct commits');
    sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/orphan');
    refusedPush(['--force', 'origin', 'HEAD:main'], 'push blocked: pushing to main directly is not allowed');
    refusedPush(
      ['origin', 'HEAD:Feature_Bad'],
      'push blocked: the branch name "Feature_Bad" does not follow the strategy',
    );
  });

  it('a cone sparse checkout without .husky/ (git deletes the folder, ignored files too): commits on main and pushes to main or bad names are refused', () => {
    sandbox.gitOk(dir, 'sparse-checkout', 'set', '--cone', 'src');
    expect(existsSync(join(dir, '.husky'))).toBe(false);
    const head = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    writeFileSync(join(dir, 'src', 'handler.js'), 'export const handler = () => "changed";\n');
    const commit = sandbox.git(dir, 'commit', '-am', 'Change the live handler in place');
    expect(commit.code).not.toBe(0);
    expect(commit.output).toContain('commit blocked: main takes no direct commits');
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(head);

    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/sparse');
    sandbox.gitOk(dir, 'commit', '-q', '-am', 'Return the changed greeting from the handler');
    refusedPush(['--force', 'origin', 'HEAD:main'], 'push blocked: pushing to main directly is not allowed');
    refusedPush(
      ['origin', 'HEAD:Feature_Bad'],
      'push blocked: the branch name "Feature_Bad" does not follow the strategy',
    );
  });

  it("starts a package manager's shell shim as it is (pnpm's node_modules/.bin/stageflow is no script for node)", () => {
    const bin = join(dir, 'node_modules', '.bin', 'stageflow');
    const cli = realpathSync(bin);
    rmSync(bin);
    writeFileSync(bin, `#!/bin/sh\nexec node ${JSON.stringify(cli)} "$@"\n`, { mode: 0o755 });
    installHooks(sandbox, dir);
    expect(readFileSync(join(dir, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain(
      '\nnode_modules/.bin/stageflow hook commit-msg "$1"\n',
    );
    const refused = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Change the live handler in place');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: main takes no direct commits');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/shim');
    const committed = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Return the changed greeting from the handler');
    expect(committed.code, committed.output).toBe(0);
  });
});
