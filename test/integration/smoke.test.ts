import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap, createProject, refsOf, Sandbox } from '../helpers/sandbox.js';

describe('the hooks installed through husky', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('refuses a commit on main and accepts a described commit on a work branch', () => {
    const project = createProject(sandbox);
    bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/login-form' });
    const committed = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(committed.output).not.toContain('stageflow');
    expect(committed.code).toBe(0);

    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    const head = sandbox.gitOk(project.dir, 'rev-parse', 'HEAD');
    const refused = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: main takes no direct commits');
    expect(sandbox.gitOk(project.dir, 'rev-parse', 'HEAD')).toBe(head);

    const before = refsOf(sandbox, project.remote);
    const pushed = sandbox.git(project.dir, 'push', 'origin', 'work/jane-doe/login-form:main');
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(refsOf(sandbox, project.remote)).toBe(before);
  });
});
