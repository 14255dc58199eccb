import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';

/**
 * git sends pre-push's ref lines once; `git lfs pre-push "$@"` reads all of them. stageflow's
 * runner keeps them and gives the team's .husky/pre-push and stageflow each all of them (issue 10.2).
 * The real git-lfs (Debian package git-lfs, installed by .ci/run), against a file:// remote.
 */
describe("pre-push shares git's ref lines with git lfs pre-push", () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const lfsObject = (oid: string) => join(project.remote, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid);
  const commitBlob = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    sandbox.gitOk(dir, 'add', name);
    sandbox.gitOk(dir, 'commit', '-q', '-m', `Add the ${name} fixture for the tests`);
    return /^oid sha256:([0-9a-f]{64})$/m.exec(sandbox.gitOk(dir, 'show', `HEAD:${name}`))![1]!;
  };

  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/fixtures' }));
    dir = project.dir;
    sandbox.gitOk(dir, 'lfs', 'install', '--skip-repo');
    sandbox.gitOk(dir, 'remote', 'set-url', 'origin', `file://${project.remote}`);
    mkdirSync(join(dir, '.husky'), { recursive: true });
    // The line `git lfs install` asks a husky project to add; it reads all of standard input.
    writeFileSync(join(dir, '.husky', 'pre-push'), 'git lfs pre-push "$@"\n');
    writeFileSync(join(dir, '.gitattributes'), '*.bin filter=lfs diff=lfs merge=lfs -text\n');
    sandbox.gitOk(dir, 'add', '.gitattributes', '.husky/pre-push');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Track the binary fixtures with git lfs');
  });
  afterAll(() => sandbox.cleanup());

  it('an allowed push: git lfs uploads the object of the pushed commit, and stageflow lets the work branch through', () => {
    const oid = commitBlob('first.bin', 'first binary fixture\n');
    const pushed = sandbox.git(dir, 'push', '-q', 'origin', 'work/jane-doe/fixtures');
    expect(pushed.code, pushed.output).toBe(0);
    expect(existsSync(lfsObject(oid))).toBe(true);
    expect(sandbox.gitOk(project.remote, 'rev-parse', 'work/jane-doe/fixtures')).toBe(
      sandbox.gitOk(dir, 'rev-parse', 'HEAD'),
    );
  });

  it('a push to main: git lfs saw the ref (it uploaded the new object) and stageflow saw it (it refused), and no ref moved', () => {
    const oid = commitBlob('second.bin', 'second binary fixture\n');
    const before = refsOf(sandbox, project.remote);
    const refused = sandbox.git(dir, 'push', 'origin', 'HEAD:main');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(existsSync(lfsObject(oid))).toBe(true);
    expect(refsOf(sandbox, project.remote)).toBe(before);
  });
});
