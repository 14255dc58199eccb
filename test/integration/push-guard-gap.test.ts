import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fallbackLine } from '../../src/core/hooks/fallback-line.js';
import { layoutFor } from '../../src/core/init/layout.js';
import { newProject } from '../helpers/new-project.js';
import { NPM_ENV } from '../helpers/npm-env.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';

/**
 * `git lfs install --force` writes git lfs's own pre-push over stageflow's runner: commits are still
 * judged, but pushes would go through unchecked. Every commit says so, with the commands that put
 * the runner back; the test runs them as printed. The real git-lfs (installed by .ci/run).
 */
describe('a commit says when pushes from the clone are not checked', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/fixtures' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  const commit = (subject: string) => sandbox.git(dir, 'commit', '-q', '--allow-empty', '-m', subject);
  /** The indented command lines of the notice, each run as a user pastes it. */
  const runPrinted = (output: string) => {
    const commands = output
      .split('\n')
      .filter((line) => line.startsWith('    '))
      .map((line) => line.trim());
    for (const command of commands) {
      const ran = sandbox.run('sh', ['-c', command], { cwd: dir, env: NPM_ENV });
      expect(ran.code, ran.output).toBe(0);
    }
    return commands;
  };

  it('after git lfs install --force: the commit goes ahead, the printed commands bring the check back and keep git lfs running', () => {
    sandbox.gitOk(dir, 'lfs', 'install', '--local', '--force');
    expect(readFileSync(join(dir, '.git', 'hooks', 'pre-push'), 'utf8')).toContain('git lfs pre-push');

    const warned = commit('Add the login form handler');
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(
      "pushes from this clone are not checked: .git/hooks/pre-push is not stageflow's hook runner (git lfs install wrote its own over it).",
    );
    expect(runPrinted(warned.stderr)).toEqual([
      'npm run prepare',
      `mkdir -p .husky && echo 'git lfs pre-push "$@"' >> .husky/pre-push`,
    ]);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-push.pre-stageflow'))).toBe(true);
    expect(readFileSync(join(dir, '.husky', 'pre-push'), 'utf8')).toBe('git lfs pre-push "$@"\n');

    const quiet = commit('Add the login form validation');
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    const before = refsOf(sandbox, project.remote);
    const refused = sandbox.git(dir, 'push', 'origin', 'HEAD:main');
    expect(refused.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(refsOf(sandbox, project.remote)).toBe(before);
  });

  it('with the pre-push runner gone: npm run prepare alone brings it back', () => {
    sandbox.run('rm', [join(dir, '.git', 'hooks', 'pre-push')]);
    const warned = commit('Add the login form handler');
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('pushes from this clone are not checked: .git/hooks/pre-push is gone.');
    expect(runPrinted(warned.stderr)).toEqual(['npm run prepare']);
    expect(commit('Add the login form validation')).toMatchObject({ code: 0, stderr: '' });
  });

  it("says nothing where husky's stubs run the hooks: their own fallback line checks there", () => {
    mkdirSync(join(dir, '.husky'), { recursive: true });
    writeFileSync(join(dir, '.husky', 'commit-msg'), `${fallbackLine('commit-msg', layoutFor(''))}\n`);
    writeFileSync(join(dir, '.git', 'hooks', 'pre-push'), '#!/bin/sh\nexit 0\n');
    sandbox.gitOk(dir, 'config', 'core.hooksPath', '.husky/_');
    // The fallback line ran stageflow: the vague subject is refused, and the notice is not given.
    const result = commit('fix');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('commit message rejected');
    expect(result.stderr).not.toContain('not checked');
  });
});
