import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, createProject, installHooks, type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { paste, printedCommands, repositoryState } from './state.js';

const GOOD = 'Add the login form handler';

describe('odd repository states', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => ({ sandbox, project } = newProject()));
  afterEach(() => sandbox.cleanup());

  const write = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), text);
  /** Stages handler.js in `dir`; a commit there is refused with `title` and changes nothing. Returns the first printed command. */
  const refusedCommit = (dir: string, title: string): string => {
    write(dir, 'handler.js', 'export const handler = () => 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    const before = repositoryState(sandbox, dir);
    const refused = sandbox.git(dir, 'commit', '-m', GOOD);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(title);
    expect(repositoryState(sandbox, dir)).toBe(before);
    const [command] = printedCommands(refused.output);
    return command!;
  };
  /** The printed command works in `dir`, and the commit then goes through with the staged handler.js. */
  const pasteThenCommit = (dir: string, command: string) => {
    expect(paste(sandbox, dir, command).code).toBe(0);
    expect(sandbox.git(dir, 'commit', '-m', GOOD).code).toBe(0);
    expect(sandbox.gitOk(dir, 'show', '--name-only', '--format=', 'HEAD')).toBe('handler.js');
  };

  it('outside any repository, pre-commit says so and how to make one', () => {
    const plain = sandbox.path('plain');
    mkdirSync(plain);
    const result = sandbox.stageflow(plain, ['hook', 'pre-commit']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`stageflow: not a git repository (${plain})`);
    expect(result.stderr).toContain('git init');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('outside any repository, commit-msg still judges the file it is given', () => {
    const plain = sandbox.path('plain');
    mkdirSync(plain);
    write(plain, 'message.txt', 'wip\n');
    const result = sandbox.stageflow(plain, ['hook', 'commit-msg', 'message.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"wip" is a placeholder');
  });

  it('in an empty repository, allows the first commit on any branch and says what comes next', () => {
    const { dir } = project;
    // As stageflow's runner hands git's (empty) input over: nothing to push.
    const emptyPush = sandbox.stageflow(dir, ['hook', 'pre-push', 'origin', project.remote], {
      input: '',
      env: { STAGEFLOW_RUNNER: 'runner' },
    });
    expect(emptyPush.code).toBe(0);

    sandbox.gitOk(dir, 'switch', '-q', '-c', 'Odd_Start');
    sandbox.gitOk(dir, 'add', '-A');
    const first = sandbox.git(dir, 'commit', '-m', 'Set up the service with stageflow hooks');
    expect(first.code).toBe(0);
    expect(first.output).toContain('first commit of this repository, allowed on "Odd_Start"');
    expect(first.output).toContain('git branch -m main');
    const second = sandbox.git(dir, 'commit', '--allow-empty', '-m', GOOD);
    expect(second.code).toBe(1);
    expect(second.output).toContain('commit blocked: the branch name "Odd_Start" does not follow the strategy');
  });

  it('in a linked worktree (.git is a file), reads HEAD of that worktree, not of the main one', () => {
    const { dir } = project;
    bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/login-form' });
    const worktree = sandbox.path('worktree');
    sandbox.gitOk(dir, 'worktree', 'add', '-q', worktree, 'stage/login');
    expect(readFileSync(join(worktree, '.git'), 'utf8')).toMatch(/^gitdir: /);
    // husky's runner and node_modules are not in a new worktree: `npm install` there sets them up.
    installHooks(sandbox, worktree);
    const command = refusedCommit(worktree, 'commit blocked: stage/login takes no direct commits');

    // The printed fix works in the worktree and takes the staged change along.
    pasteThenCommit(worktree, command);
    // The main worktree was not touched.
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/jane-doe/login-form');
  });

  it('in a submodule, judges the submodule (detached at its pinned commit), not the superproject', () => {
    const { dir } = project;
    bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/login-form' });
    const library = sandbox.path('library');
    sandbox.gitOk(sandbox.root, 'init', '-q', library);
    sandbox.gitOk(library, 'commit', '-q', '--allow-empty', '-m', 'Start the shared library');
    sandbox.gitOk(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/library');
    const submodule = join(dir, 'vendor', 'library');
    expect(readFileSync(join(submodule, '.git'), 'utf8')).toMatch(/^gitdir: /);
    sandbox.gitOk(submodule, 'checkout', '-q', '--detach');
    const before = repositoryState(sandbox, submodule);

    const refused = sandbox.stageflow(submodule, ['hook', 'pre-commit']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('commit blocked: HEAD is detached, so the commit would belong to no branch');
    expect(refused.stderr).toContain('git switch -c work/jane-doe/describe-the-change');
    expect(repositoryState(sandbox, submodule)).toBe(before);
  });

  it('in a bare repository, pre-push judges the refs it is handed', () => {
    bootstrap(sandbox, project);
    const bare = sandbox.path('mirror.git');
    sandbox.gitOk(sandbox.root, 'clone', '-q', '--bare', project.remote, bare);
    // A config above the bare repository belongs to no project of it: main stays guarded.
    writeFileSync(sandbox.path('package.json'), JSON.stringify({ stageflow: { branches: { unprotected: ['main'] } } }));
    const sha = sandbox.gitOk(bare, 'rev-parse', 'main');
    const zero = '0'.repeat(40);
    const work = sandbox.stageflow(bare, ['hook', 'pre-push', 'origin', project.remote], {
      input: `refs/heads/main ${sha} refs/heads/work/jane-doe/mirror ${zero}\n`,
    });
    expect(work.code).toBe(0);
    const toMain = sandbox.stageflow(bare, ['hook', 'pre-push', 'origin', project.remote], {
      input: `refs/heads/main ${sha} refs/heads/main ${'1'.repeat(40)}\n`,
    });
    expect(toMain.code).toBe(1);
    expect(toMain.stderr).toContain('push blocked: pushing to main directly is not allowed');
    const commit = sandbox.stageflow(bare, ['hook', 'pre-commit']);
    expect([0, 1]).toContain(commit.code);
    expect(commit.stderr).not.toContain('internal error');
  });

  it('on a detached HEAD, refuses the commit and the printed fix keeps the staged change', () => {
    const { dir } = project;
    bootstrap(sandbox, project, { stage: 'login' });
    sandbox.gitOk(dir, 'switch', '-q', '--detach', 'stage/login');
    const command = refusedCommit(dir, 'commit blocked: HEAD is detached, so the commit would belong to no branch');
    expect(command).toBe('git switch -c work/jane-doe/describe-the-change');
    pasteThenCommit(dir, command);
  });

  describe('with an operation in progress', () => {
    beforeEach(() => {
      bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/login-form' });
      const { dir } = project;
      write(dir, 'config.txt', 'base\n');
      sandbox.gitOk(dir, 'add', 'config.txt');
      sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add the base configuration file');
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/other-change');
      write(dir, 'config.txt', 'theirs\n');
      sandbox.gitOk(dir, 'commit', '-q', '-am', 'Change the configuration to theirs');
      sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/login-form');
      write(dir, 'config.txt', 'ours\n');
      sandbox.gitOk(dir, 'commit', '-q', '-am', 'Change the configuration to ours');
    });

    /** With `operation` in progress (its file in .git), `git commit <args>` is refused with `title`, changes nothing, and `abort` still works. */
    const expectRefusedDuring = (operation: string, args: string[], title: string, abort: string[]) => {
      const { dir } = project;
      const before = repositoryState(sandbox, dir);
      expect(before).toContain(`operations: ${operation}`);
      const refused = sandbox.git(dir, 'commit', ...args);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(title);
      expect(repositoryState(sandbox, dir)).toBe(before);
      expect(sandbox.git(dir, ...abort).code).toBe(0);
    };

    it('allows concluding a merge on a work branch (git wrote the subject)', () => {
      const { dir } = project;
      expect(sandbox.git(dir, 'merge', 'work/jane-doe/other-change').code).not.toBe(0);
      write(dir, 'config.txt', 'resolved\n');
      sandbox.gitOk(dir, 'add', 'config.txt');
      const concluded = sandbox.git(dir, 'commit', '--no-edit');
      expect(concluded.output).not.toContain('✖');
      expect(concluded.code).toBe(0);
      expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe(
        "Merge branch 'work/jane-doe/other-change' into work/jane-doe/login-form",
      );
    });

    it('refuses concluding a merge on main and keeps the merge and its resolution', () => {
      const { dir } = project;
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      // pre-merge-commit refuses the merge commit; git leaves the merge in progress, uncommitted.
      expect(sandbox.git(dir, 'merge', '--no-ff', 'work/jane-doe/login-form').code).toBe(1);
      expectRefusedDuring('MERGE_HEAD', ['--no-edit'], 'commit blocked: main takes no direct commits', [
        'merge',
        '--abort',
      ]);
    });

    it('judges the branch a rebase is rewriting: allowed on a work branch, refused on a stage', () => {
      const { dir } = project;
      const env = { GIT_SEQUENCE_EDITOR: "sed -i -e '1s/^pick/edit/'" };
      expect(sandbox.run('git', ['rebase', '-q', '-i', 'HEAD~1'], { cwd: dir, env }).code).toBe(0);
      const amended = sandbox.git(dir, 'commit', '--amend', '-m', 'Raise the login timeout in the stage config');
      expect(amended.output).not.toContain('✖');
      expect(amended.code).toBe(0);
      expect(sandbox.git(dir, 'rebase', '--continue').code).toBe(0);

      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'Tune the stage settings file');
      expect(sandbox.run('git', ['rebase', '-q', '-i', 'HEAD~1'], { cwd: dir, env }).code).toBe(0);
      expectRefusedDuring(
        'rebase-merge',
        ['--amend', '--allow-empty', '-m', 'Tune the stage settings again'],
        'commit blocked: stage/login takes no direct commits',
        ['rebase', '--abort'],
      );
    });

    it('refuses a cherry-pick onto main and keeps the cherry-pick state; allows it on a work branch', () => {
      const { dir } = project;
      const theirs = sandbox.gitOk(dir, 'rev-parse', 'work/jane-doe/other-change');
      expect(sandbox.git(dir, 'cherry-pick', theirs).code).not.toBe(0);
      write(dir, 'config.txt', 'resolved\n');
      sandbox.gitOk(dir, 'add', 'config.txt');
      const picked = sandbox.run('git', ['cherry-pick', '--continue'], { cwd: dir });
      expect(picked.output).not.toContain('✖');
      expect(picked.code).toBe(0);

      sandbox.gitOk(dir, 'switch', '-q', 'main');
      expect(sandbox.git(dir, 'cherry-pick', theirs).code).not.toBe(0);
      write(dir, 'config.txt', 'resolved on main\n');
      sandbox.gitOk(dir, 'add', 'config.txt');
      expectRefusedDuring('CHERRY_PICK_HEAD', ['--no-edit'], 'commit blocked: main takes no direct commits', [
        'cherry-pick',
        '--abort',
      ]);
    });
  });

  describe('with GIT_DIR and GIT_INDEX_FILE set by git for the hook', () => {
    beforeEach(() => bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/login-form' }));

    it('acts on the repository named by --git-dir, not the one in the current directory', () => {
      const { dir } = project;
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      // The current directory is another repository, on a branch where commits are allowed.
      const elsewhere = createProject(sandbox, 'elsewhere');
      bootstrap(sandbox, elsewhere, { work: 'work/jane-doe/elsewhere' });
      const before = repositoryState(sandbox, dir);
      const otherBefore = refsOf(sandbox, elsewhere.dir);

      const refused = sandbox.git(
        elsewhere.dir,
        `--git-dir=${join(dir, '.git')}`,
        `--work-tree=${dir}`,
        'commit',
        '--allow-empty',
        '-m',
        GOOD,
      );
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('commit blocked: main takes no direct commits');
      expect(repositoryState(sandbox, dir)).toBe(before);
      expect(refsOf(sandbox, elsewhere.dir)).toBe(otherBefore);
    });

    it('pre-push reads the commits of the repository named by --git-dir', () => {
      const { dir, remote } = project;
      const elsewhere = createProject(sandbox, 'elsewhere');
      bootstrap(sandbox, elsewhere, { work: 'work/jane-doe/elsewhere' });
      sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'wip');
      const before = refsOf(sandbox, remote);
      const gitDir = `--git-dir=${join(dir, '.git')}`;

      const refused = sandbox.git(elsewhere.dir, gitDir, 'push', 'origin', 'work/jane-doe/login-form');
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('"wip" is a placeholder');
      expect(refsOf(sandbox, remote)).toBe(before);

      sandbox.gitOk(dir, 'commit', '-q', '--amend', '--allow-empty', '-m', GOOD);
      const pushed = sandbox.git(elsewhere.dir, gitDir, 'push', '-q', 'origin', 'work/jane-doe/login-form');
      expect(pushed.output).not.toContain('✖');
      expect(pushed.code).toBe(0);
    });

    it('judges a partial commit (git commit <path>: a temporary index) and leaves the real index alone', () => {
      const { dir } = project;
      write(dir, 'a.txt', 'a\n');
      write(dir, 'b.txt', 'b\n');
      sandbox.gitOk(dir, 'add', 'a.txt', 'b.txt');
      sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add a.txt and b.txt as sample files');
      write(dir, 'a.txt', 'a changed\n');
      write(dir, 'b.txt', 'b changed\n');
      sandbox.gitOk(dir, 'add', 'b.txt');

      sandbox.gitOk(dir, 'switch', '-q', '-c', 'Not_A_Branch_Name');
      const before = repositoryState(sandbox, dir);
      const refused = sandbox.git(dir, 'commit', '-m', GOOD, '--', 'a.txt');
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('the branch name "Not_A_Branch_Name" does not follow the strategy');
      expect(repositoryState(sandbox, dir)).toBe(before);

      sandbox.gitOk(dir, 'branch', '-m', 'work/jane-doe/partial');
      const committed = sandbox.git(dir, 'commit', '-m', GOOD, '--', 'a.txt');
      expect(committed.code).toBe(0);
      expect(sandbox.gitOk(dir, 'show', '--name-only', '--format=', 'HEAD')).toBe('a.txt');
      expect(sandbox.gitOk(dir, 'diff', '--cached', '--name-only')).toBe('b.txt');
    });
  });
});
