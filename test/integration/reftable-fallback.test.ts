import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitCounter, gitCounter } from '../helpers/git-counter.js';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, type Project, type Sandbox } from '../helpers/sandbox.js';

/**
 * git 2.45+ can keep refs in `<commonDir>/reftable`, where no ref has a file: pre-commit must then
 * ask git where HEAD is instead of reading files. The git here (2.39) cannot make such a
 * repository, so each test plants what git 2.45 leaves on disk into a real repository, and a `git`
 * first on PATH logs every call before running the real git.
 */
describe('pre-commit asks git where HEAD is when the refs are in a reftable', () => {
  let sandbox: Sandbox;
  let project: Project;
  let counter: GitCounter;

  beforeEach(() => {
    ({ sandbox, project } = newProject());
    counter = gitCounter(sandbox);
  });
  afterEach(() => sandbox.cleanup());

  const gitDir = () => join(project.dir, '.git');
  const preCommit = () => {
    counter.reset();
    const result = sandbox.stageflow(project.dir, ['hook', 'pre-commit'], { env: counter.env });
    return { ...result, calls: counter.calls() };
  };

  it.each([
    ['a reftable directory', () => mkdirSync(join(gitDir(), 'reftable'))],
    [
      'extensions.refStorage = reftable in the config',
      () => sandbox.gitOk(project.dir, 'config', 'extensions.refStorage', 'reftable'),
    ],
  ])('%s: the first commit of a repository is still allowed, by what git says, in two git processes', (_, plant) => {
    plant();
    const first = preCommit();
    expect(first.code).toBe(0);
    expect(first.output).toContain('first commit of this repository, allowed on "main"');
    expect(first.calls.sort()).toEqual([
      `--git-dir=${gitDir()} for-each-ref --count=1 --format=%(refname) refs/heads/`,
      `--git-dir=${gitDir()} symbolic-ref -q HEAD`,
    ]);
    // Through git commit and the husky hook as well.
    expect(
      sandbox.git(project.dir, 'commit', '-q', '--allow-empty', '-m', 'Set up the service with stageflow hooks').code,
    ).toBe(0);
  });

  it('a reftable directory with history: a commit on main is refused, and ref files that show the branch spare the git processes', () => {
    bootstrap(sandbox, project, { stage: 'login' });
    mkdirSync(join(gitDir(), 'reftable'));
    // In a real reftable repository no branch has a file, so this shortcut never applies there.
    const onMain = preCommit();
    expect(onMain.code).toBe(1);
    expect(onMain.output).toContain('commit blocked: main takes no direct commits');
    // HEAD came from its file: no symbolic-ref. The one listing is the refusal's own: which work
    // branch names are taken, which in a reftable only git can tell.
    expect(onMain.calls.filter((call) => / (symbolic-ref|for-each-ref) /.test(call))).toEqual([
      `--git-dir=${gitDir()} for-each-ref --format=%(refname:lstrip=2) refs/heads/`,
    ]);
  });

  it('the exact layout git 2.45 writes, read by a git too old for it: fails closed, naming the git it needs and the bypass', () => {
    // HEAD is a stub, refs/heads a file, the tables in reftable/, and the config declares the extension.
    writeFileSync(join(gitDir(), 'HEAD'), 'ref: refs/heads/.invalid\n');
    sandbox.gitOk(project.dir, 'config', 'core.repositoryformatversion', '1');
    sandbox.gitOk(project.dir, 'config', 'extensions.refStorage', 'reftable');
    mkdirSync(join(gitDir(), 'reftable'));
    writeFileSync(join(gitDir(), 'reftable', 'tables.list'), '0x000000000001-0x000000000001-5f3b2a1c.ref\n');
    const result = preCommit();
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'git could not say which branch HEAD is on, so stageflow cannot tell where you are and stops (in a hook, the commit is refused)',
    );
    expect(result.output).toContain('git 2.45 or newer');
    expect(result.output).toContain('unknown repository extension');
    expect(result.output).toContain('git commit --no-verify');
    expect(result.output).not.toContain('first commit');
  });

  it('stageflow stage reads HEAD the same way: the branch from git, never the stub', () => {
    mkdirSync(join(gitDir(), 'reftable'));
    sandbox.gitOk(project.dir, 'symbolic-ref', 'HEAD', 'refs/heads/stage/login');
    expect(sandbox.stageflow(project.dir, ['stage'])).toMatchObject({ code: 0, stdout: 'login\n' });

    writeFileSync(join(gitDir(), 'HEAD'), 'ref: refs/heads/.invalid\n');
    sandbox.gitOk(project.dir, 'config', 'core.repositoryformatversion', '1');
    sandbox.gitOk(project.dir, 'config', 'extensions.refStorage', 'reftable');
    const unreadable = sandbox.stageflow(project.dir, ['stage']);
    expect(unreadable.code).not.toBe(0);
    expect(unreadable.output).not.toContain('.invalid');
  });
});
