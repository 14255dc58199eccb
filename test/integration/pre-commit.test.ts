import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, installHooks, type Project, type Sandbox } from '../helpers/sandbox.js';
import { paste, printedCommands } from '../hostile/state.js';

describe('the branch of a commit: judged at commit-msg, through the installed hook runner', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const head = () => sandbox.gitOk(dir, 'rev-parse', 'HEAD');
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  const commit = (...args: string[]) => sandbox.git(dir, 'commit', ...args);
  /** A commit that skips the hooks, to set up a scene. */
  const commitQuietly = (message: string) => sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '-am', message);

  beforeEach(() => {
    ({ sandbox, project } = newProject());
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('allows a commit on a work branch, silently', () => {
    bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/add-login' });
    write('handler.js', 'export const handler = 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    const result = commit('-q', '-m', 'Add the login handler skeleton');
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe('Add the login handler skeleton');
  });

  it.each([
    ['main', 'commit blocked: main takes no direct commits', 'holds the code of the live function'],
    ['stage/login', 'commit blocked: stage/login takes no direct commits', 'deployed as the Serverless stage "login"'],
    ['stage/x', 'commit blocked: stage/x takes no direct commits', 'deployed as the Serverless stage "x"'],
  ])('blocks a commit on %s and keeps the staged change', (branch, title, why) => {
    bootstrap(sandbox, project, { stage: 'login' });
    if (branch === 'stage/x') sandbox.gitOk(dir, 'branch', 'stage/x', 'main');
    sandbox.gitOk(dir, 'switch', '-q', branch);
    const before = head();
    write('handler.js', 'export const handler = 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    const result = commit('-m', 'Add the login handler skeleton');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(title);
    expect(result.output).toContain(why);
    expect(result.output).toContain('git switch -c work/jane-doe/describe-the-change');
    expect(result.output).toContain('git commit --no-verify');
    expect(result.output).not.toContain('script failed');
    expect(head()).toBe(before);
    expect(sandbox.gitOk(dir, 'diff', '--cached', '--name-only')).toBe('handler.js');
    // The message is kept as a refused message is, beside COMMIT_EDITMSG.
    const kept = join(dir, '.git', 'STAGEFLOW_REJECTED_MSG');
    expect(readFileSync(kept, 'utf8')).toBe('Add the login handler skeleton\n');

    // The printed fix works: the staged change comes along to the new work branch, and the commit reuses the message.
    const [moveTo, commitAgain] = printedCommands(result.output);
    expect([moveTo, commitAgain]).toEqual(['git switch -c work/jane-doe/describe-the-change', `git commit -F ${kept}`]);
    expect(paste(sandbox, dir, moveTo!).code).toBe(0);
    expect(paste(sandbox, dir, commitAgain!).code).toBe(0);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe('Add the login handler skeleton');
    expect(sandbox.gitOk(dir, 'show', '--name-only', '--format=', 'HEAD')).toBe('handler.js');
    expect(sandbox.gitOk(dir, 'rev-parse', branch)).toBe(before);
  });

  it.each([
    ['stage/login', 'npx stageflow start-work --stage login --change check-pull-requests'],
    ['main', 'npx stageflow start-work --change check-pull-requests'],
  ])(
    'init --ci github on %s says to commit the workflow on a work branch, and that commit passes the hooks',
    (branch, startWork) => {
      bootstrap(sandbox, project, { stage: 'login' });
      sandbox.gitOk(dir, 'switch', '-q', branch);
      const result = sandbox.stageflow(dir, ['init', '--ci', 'github']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Commit it on a work branch: the hooks refuse commits on ${branch}`);
      const lines = result.stdout.split('\n').map((line) => line.trim());
      const commitLine =
        'git add .github/workflows/stageflow.yml && git commit -m "Check branches and commit messages on pull requests"';
      expect(lines).toContain(startWork);
      expect(lines).toContain(commitLine);
      expect(lines.indexOf(startWork)).toBeLessThan(lines.indexOf(commitLine));
      if (branch === 'main') return; // start-work asks which stage: the pty tests cover the prompt.
      expect(paste(sandbox, dir, startWork).code).toBe(0);
      expect(paste(sandbox, dir, commitLine).code).toBe(0);
      expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/jane-doe/check-pull-requests');
      expect(sandbox.gitOk(dir, 'show', '--name-only', '--format=%s', 'HEAD')).toBe(
        'Check branches and commit messages on pull requests\n\n.github/workflows/stageflow.yml',
      );
    },
  );

  it('suggests a work branch name nobody has taken, when the placeholder was pasted before (loose and packed refs)', () => {
    bootstrap(sandbox, project, { stage: 'login' });
    sandbox.gitOk(dir, 'branch', 'work/jane-doe/describe-the-change', 'main');
    sandbox.gitOk(dir, 'pack-refs', '--all');
    sandbox.gitOk(dir, 'branch', 'work/jane-doe/describe-the-change-2', 'main');
    sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
    write('handler.js', 'export const handler = 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    const result = commit('-m', 'Add the login handler skeleton');
    expect(result.code).not.toBe(0);
    const [command] = printedCommands(result.output);
    expect(command).toBe('git switch -c work/jane-doe/describe-the-change-3');
    expect(paste(sandbox, dir, command!).code).toBe(0);
    expect(commit('-q', '-m', 'Add the login handler skeleton').code).toBe(0);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s', 'work/jane-doe/describe-the-change-3')).toBe(
      'Add the login handler skeleton',
    );
  });

  it.each([
    [
      'feature/login',
      'Jane Doe',
      'work/jane-doe/feature-login',
      'is none of main, stage/<stage-name> or work/<engineer>/<change>',
    ],
    ['Login_Form', 'José Álvarez-García', 'work/jose-alvarez-garcia/login-form', 'is none of'],
    ['stage/Login_Form', 'Jane Doe', 'stage/login-form', 'is not a valid Serverless stage name'],
    ['work/jane-doe', 'Jane Doe', 'work/jane-doe/jane-doe', 'work branches have exactly three parts'],
    [
      'work/Jane/add-login',
      'Jane Doe',
      'work/jane/add-login',
      'the engineer part of "work/Jane/add-login" is not a lower-kebab slug',
    ],
  ])(
    'blocks a commit on the invalid name %s and suggests a rename from user.name %j',
    (branch, userName, suggestion, why) => {
      bootstrap(sandbox, project);
      sandbox.gitOk(dir, 'config', 'user.name', userName);
      sandbox.gitOk(dir, 'switch', '-q', '-c', branch);
      const before = head();
      const result = commit('--allow-empty', '-m', 'Add the login handler skeleton');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`commit blocked: the branch name "${branch}" does not follow the strategy`);
      expect(result.output).toContain(why);
      expect(result.output).toContain(`git branch -m ${suggestion}`);
      expect(head()).toBe(before);
      if (!suggestion.startsWith('stage/')) {
        sandbox.gitOk(dir, 'branch', '-m', suggestion);
        expect(commit('-q', '--allow-empty', '-m', 'Add the login handler skeleton').code).toBe(0);
      }
    },
  );

  it('blocks a plain detached HEAD with a git switch -c hint that works', () => {
    bootstrap(sandbox, project, { stage: 'login' });
    sandbox.gitOk(dir, 'switch', '-q', '--detach', 'stage/login');
    write('handler.js', 'export const handler = 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    const result = commit('-m', 'Add the login handler skeleton');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('commit blocked: HEAD is detached, so the commit would belong to no branch');
    expect(result.output).toContain('git switch -c work/jane-doe/describe-the-change');
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/describe-the-change');
    expect(commit('-q', '-m', 'Add the login handler skeleton').code).toBe(0);
  });

  it('allows the first commit on an unborn main, with a notice', () => {
    sandbox.gitOk(dir, 'add', '-A');
    const first = commit('-m', 'Set up the service with stageflow');
    expect(first.code).toBe(0);
    expect(first.output).toContain(
      'stageflow: first commit of this repository, allowed on "main" so the team can bootstrap',
    );
    // The second commit on main is an ordinary one again.
    const second = commit('--allow-empty', '-m', 'Add the login handler skeleton');
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('commit blocked: main takes no direct commits');
  });

  it('names the rename to main when the first commit is on another name', () => {
    sandbox.gitOk(dir, 'switch', '-q', '--orphan', 'master');
    sandbox.gitOk(dir, 'add', '-A');
    const result = commit('-m', 'Set up the service with stageflow');
    expect(result.code).toBe(0);
    expect(result.output).toContain('first commit of this repository, allowed on "master"');
    expect(result.output).toContain('git branch -m main');
  });

  it('judges an orphan branch in a repository with history by its name', () => {
    bootstrap(sandbox, project);
    sandbox.gitOk(dir, 'checkout', '-q', '--orphan', 'gh-pages');
    const refused = commit('--allow-empty', '-m', 'Publish the API documentation');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: the branch name "gh-pages" does not follow the strategy');
    expect(refused.output).not.toContain('first commit');
    sandbox.gitOk(dir, 'checkout', '-q', '--orphan', 'work/jane-doe/api-docs');
    const allowed = commit('-q', '--allow-empty', '-m', 'Publish the API documentation');
    expect(allowed.output).toBe('');
    expect(allowed.code).toBe(0);
  });

  it('counts packed branches as history', () => {
    bootstrap(sandbox, project);
    sandbox.gitOk(dir, 'pack-refs', '--all');
    sandbox.gitOk(dir, 'checkout', '-q', '--orphan', 'main-2');
    expect(commit('--allow-empty', '-m', 'Publish the API documentation').output).toContain(
      '"main-2" does not follow the strategy',
    );
  });

  describe('during an operation, the branch being operated on is judged', () => {
    /** stage/login and work/jane-doe/add-login both change the first line of handler.js. */
    const conflictScene = () => {
      write('handler.js', 'export const handler = 0;\n');
      bootstrap(sandbox, project, { stage: 'login' });
      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      write('handler.js', 'export const handler = "stage";\n');
      commitQuietly('Change the handler on the stage');
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/add-login', 'main');
      write('handler.js', 'export const handler = "work";\n');
      commitQuietly('Change the handler on the work branch');
    };
    const resolveConflict = () => {
      write('handler.js', 'export const handler = "resolved";\n');
      sandbox.gitOk(dir, 'add', 'handler.js');
    };

    it('rebase of a work branch: allowed (HEAD is detached, the branch comes from the rebase state)', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/add-login');
      expect(sandbox.git(dir, 'rebase', 'stage/login').code).not.toBe(0);
      expect(sandbox.git(dir, 'symbolic-ref', '-q', 'HEAD').code).not.toBe(0);
      resolveConflict();
      const result = commit('-q', '-m', 'Change the handler on the work branch');
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
      expect(sandbox.git(dir, 'rebase', '--continue').code).toBe(0);
      expect(sandbox.gitOk(dir, 'log', '--format=%s', '-2', 'work/jane-doe/add-login')).toBe(
        'Change the handler on the work branch\nChange the handler on the stage',
      );
    });

    it('rebase of main: blocked, with the abort command', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      write('handler.js', 'export const handler = "main";\n');
      commitQuietly('Change the handler on main');
      const before = sandbox.gitOk(dir, 'rev-parse', 'main');
      expect(sandbox.git(dir, 'rebase', 'stage/login').code).not.toBe(0);
      resolveConflict();
      const result = commit('-m', 'Change the handler on main');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('commit blocked: main takes no direct commits');
      expect(result.output).toContain('git rebase --abort');
      expect(sandbox.git(dir, 'rebase', '--abort').code).toBe(0);
      expect(sandbox.gitOk(dir, 'rev-parse', 'main')).toBe(before);
    });

    it('merge into a work branch: allowed', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/add-login');
      expect(sandbox.git(dir, 'merge', 'stage/login').code).not.toBe(0);
      resolveConflict();
      const result = commit('-q', '--no-edit');
      expect(result.code).toBe(0);
      expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe(
        "Merge branch 'stage/login' into work/jane-doe/add-login",
      );
    });

    /** A conflicted merge of the work branch into stage/login, resolved and staged, then refused by pre-commit. */
    const refusedStageMerge = () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      const before = head();
      expect(sandbox.git(dir, 'merge', 'work/jane-doe/add-login').code).not.toBe(0);
      resolveConflict();
      write('notes.txt', 'not staged\n');
      const result = commit('--no-edit');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('commit blocked: stage/login takes no direct commits');
      expect(head()).toBe(before);
      return { before, commands: printedCommands(result.output) };
    };

    it('merge into a stage: blocked; the first printed fix keeps the merge and its resolution on a work branch', () => {
      const { before, commands } = refusedStageMerge();
      const work = 'work/jane-doe/describe-the-change';
      expect(commands).toEqual([
        `git branch ${work}`,
        `git symbolic-ref HEAD refs/heads/${work}`,
        'git commit --no-edit',
        `git push -u origin ${work}`,
        'git merge --abort',
      ]);
      const merged = sandbox.gitOk(dir, 'rev-parse', 'work/jane-doe/add-login');
      for (const command of commands.slice(0, 4)) expect(paste(sandbox, dir, command).code).toBe(0);
      expect(sandbox.gitOk(project.remote, 'rev-parse', `refs/heads/${work}`)).toBe(
        sandbox.gitOk(dir, 'rev-parse', 'HEAD'),
      );
      // A real merge commit on the work branch: both parents, the resolved file, the stage untouched.
      expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe(work);
      expect(sandbox.gitOk(dir, 'log', '-1', '--format=%P')).toBe(`${before} ${merged}`);
      expect(sandbox.gitOk(dir, 'show', 'HEAD:handler.js')).toBe('export const handler = "resolved";');
      expect(sandbox.gitOk(dir, 'rev-parse', 'stage/login')).toBe(before);
      expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe('?? notes.txt');
    });

    it('merge into a stage: "or start over" aborts the merge and puts the stage back', () => {
      const { before, commands } = refusedStageMerge();
      expect(commands[4]).toBe('git merge --abort');
      expect(paste(sandbox, dir, commands[4]!).code).toBe(0);
      expect(head()).toBe(before);
      expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('stage/login');
    });

    it('cherry-pick onto a work branch: allowed', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/add-login');
      expect(sandbox.git(dir, 'cherry-pick', 'stage/login').code).not.toBe(0);
      resolveConflict();
      const result = commit('-q', '--no-edit');
      expect(result.code).toBe(0);
      expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe('Change the handler on the stage');
    });

    it('cherry-pick onto main: blocked', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      write('handler.js', 'export const handler = "main";\n');
      commitQuietly('Change the handler on main');
      const before = head();
      expect(sandbox.git(dir, 'cherry-pick', 'stage/login').code).not.toBe(0);
      resolveConflict();
      const result = commit('--no-edit');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('commit blocked: main takes no direct commits');
      expect(result.output).toContain('git cherry-pick --abort');
      expect(head()).toBe(before);
    });

    it('revert on a work branch: allowed; on a stage: blocked', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/add-login');
      write('handler.js', 'export const handler = "work 2";\n');
      commitQuietly('Change the handler on the work branch again');
      expect(sandbox.git(dir, 'revert', '--no-edit', 'HEAD~1').code).not.toBe(0);
      resolveConflict();
      expect(commit('-q', '--no-edit').code).toBe(0);
      expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe('Revert "Change the handler on the work branch"');

      sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
      write('handler.js', 'export const handler = "stage 2";\n');
      commitQuietly('Change the handler on the stage again');
      const before = head();
      expect(sandbox.git(dir, 'revert', '--no-edit', 'HEAD~1').code).not.toBe(0);
      resolveConflict();
      const result = commit('--no-edit');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('commit blocked: stage/login takes no direct commits');
      expect(result.output).toContain('git revert --abort');
      expect(sandbox.git(dir, 'revert', '--abort').code).toBe(0);
      expect(head()).toBe(before);
    });

    it('git am onto main: blocked, with git am --abort', () => {
      conflictScene();
      const patch = sandbox.gitOk(dir, 'format-patch', '-1', '-o', sandbox.path('patches'), 'stage/login');
      sandbox.gitOk(dir, 'switch', '-q', 'main');
      write('handler.js', 'export const handler = "main";\n');
      commitQuietly('Change the handler on main');
      expect(sandbox.git(dir, 'am', '-3', patch).code).not.toBe(0);
      resolveConflict();
      const result = commit('-m', 'Change the handler on the stage');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('commit blocked: main takes no direct commits');
      expect(result.output).toContain('git am --abort');
      expect(sandbox.git(dir, 'am', '--abort').code).toBe(0);
    });

    it('a rebase with the apply backend is a rebase', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', 'work/jane-doe/add-login');
      expect(sandbox.git(dir, 'rebase', '--apply', 'stage/login').code).not.toBe(0);
      resolveConflict();
      expect(commit('-q', '-m', 'Change the handler on the work branch').code).toBe(0);
    });

    it('a cherry-pick on a plain detached HEAD is blocked as detached', () => {
      conflictScene();
      sandbox.gitOk(dir, 'switch', '-q', '--detach', 'work/jane-doe/add-login');
      expect(sandbox.git(dir, 'cherry-pick', 'stage/login').code).not.toBe(0);
      resolveConflict();
      const result = commit('--no-edit');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('commit blocked: HEAD is detached during a cherry-pick');
    });
  });

  it('judges the branch of a linked worktree, and a commit made from a subdirectory', () => {
    bootstrap(sandbox, project, { stage: 'login' });
    const tree = sandbox.path('project-stage');
    sandbox.gitOk(dir, 'worktree', 'add', '-q', tree, 'stage/login');
    // git's hooks folder is shared, so the runner runs in a new worktree at once; with no
    // node_modules there yet it stops every commit, naming npm install, until that has run.
    const notInstalled = sandbox.git(tree, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(notInstalled.code).not.toBe(0);
    expect(notInstalled.output).toContain('cannot start stageflow');
    expect(notInstalled.output).toContain('    npm install\n');
    installHooks(sandbox, tree);
    const refused = sandbox.git(tree, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: stage/login takes no direct commits');
    sandbox.gitOk(tree, 'switch', '-q', '-c', 'work/jane-doe/add-login');
    expect(sandbox.git(tree, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler').code).toBe(0);

    sandbox.run('mkdir', ['-p', join(dir, 'functions', 'api')]);
    const nested = sandbox.git(
      join(dir, 'functions', 'api'),
      'commit',
      '--allow-empty',
      '-m',
      'Add the login form handler',
    );
    expect(nested.code).not.toBe(0);
    expect(nested.output).toContain('commit blocked: main takes no direct commits');
  });

  it('follows the config: allowed bot names and unprotected branches', () => {
    writeFileSync(
      join(dir, '.stageflowrc.json'),
      JSON.stringify({ branches: { allowed: ['renovate/**'], unprotected: ['stage/sandbox'] } }),
    );
    bootstrap(sandbox, project, { stage: 'sandbox' });
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'renovate/aws-sdk-3');
    expect(commit('-q', '--allow-empty', '-m', 'Update the AWS SDK to version 3').code).toBe(0);
    sandbox.gitOk(dir, 'switch', '-q', 'stage/sandbox');
    expect(commit('-q', '--allow-empty', '-m', 'Try the new handler on the sandbox').code).toBe(0);
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    expect(commit('--allow-empty', '-m', 'Try the new handler on main').code).not.toBe(0);
  });

  it('is bypassed by --no-verify, as the message says', () => {
    bootstrap(sandbox, project);
    const before = head();
    expect(commit('-q', '--no-verify', '--allow-empty', '-m', 'Hotfix the handler on main').code).toBe(0);
    expect(head()).not.toBe(before);
  });
});
