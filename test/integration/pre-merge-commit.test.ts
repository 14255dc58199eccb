import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { paste, printedCommands } from '../hostile/state.js';

/**
 * git runs pre-merge-commit, not pre-commit, when `git merge` makes the merge commit itself (no
 * conflicts). When the hook fails, git leaves the merge in progress and uncommitted.
 */
describe('pre-merge-commit: real git merge through the husky-installed hook', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const WORK = 'work/jane-doe/add-login';

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: WORK }));
    dir = project.dir;
    writeFileSync(join(dir, 'handler.js'), 'export const handler = 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add the login handler skeleton');
  });
  afterEach(() => sandbox.cleanup());

  it.each([
    [
      'main',
      'holds the code of the live function',
      'Keep the merge, your resolution included',
      'git symbolic-ref HEAD refs/heads/work/jane-doe/describe-the-change',
    ],
    [
      'stage/login',
      'deployed as the Serverless stage "login"',
      `Publish ${WORK} and open a pull request from it into stage/login`,
      `git push -u origin ${WORK}`,
    ],
  ])(
    'refuses a clean git merge --no-ff of a work branch into %s; git merge --abort puts it back',
    (branch, why, instead, command) => {
      sandbox.gitOk(dir, 'switch', '-q', branch);
      const refs = refsOf(sandbox, dir);
      const head = sandbox.gitOk(dir, 'rev-parse', 'HEAD');

      const result = sandbox.git(dir, 'merge', '--no-ff', '-m', 'Merge the login handler', WORK);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        `merge commit blocked: ${branch} takes no direct commits, merge commits included`,
      );
      expect(result.output).toContain(why);
      expect(result.output).toContain('git has not committed the merge');
      expect(result.output).toContain('git merge --abort');
      expect(result.output).toContain(instead);
      expect(result.output).toContain(command);
      expect(result.output).toContain('git commit --no-verify');
      expect(result.output).not.toContain('script failed');
      // git's own last word: the merge stays in progress, nothing committed, no ref moved.
      expect(result.output).toContain('Not committing merge');
      expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(head);
      expect(refsOf(sandbox, dir)).toBe(refs);
      expect(existsSync(join(dir, '.git', 'MERGE_HEAD'))).toBe(true);

      // Concluding it with a plain git commit meets pre-commit, which refuses too and says the same way out.
      const conclude = sandbox.git(dir, 'commit', '--no-edit');
      expect(conclude.code).not.toBe(0);
      expect(conclude.output).toContain(`commit blocked: ${branch} takes no direct commits`);
      expect(conclude.output).toContain('git merge --abort');
      expect(refsOf(sandbox, dir)).toBe(refs);

      // The printed way out works: the branch is as it was, and the tree is clean.
      sandbox.gitOk(dir, 'merge', '--abort');
      expect(existsSync(join(dir, '.git', 'MERGE_HEAD'))).toBe(false);
      expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe('');
      expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(head);
    },
  );

  it('the first printed fix carries the refused merge whole to a work branch and commits it there', () => {
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    const before = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const merged = sandbox.gitOk(dir, 'rev-parse', WORK);
    const result = sandbox.git(dir, 'merge', '--no-ff', '-m', 'Merge the login handler', WORK);
    expect(result.code).not.toBe(0);
    // (The detail line "git has not committed the merge" is not a command.)
    const commands = printedCommands(result.output).filter((line) => !line.startsWith('git has not'));
    expect(commands.slice(0, 3)).toEqual([
      'git branch work/jane-doe/describe-the-change',
      'git symbolic-ref HEAD refs/heads/work/jane-doe/describe-the-change',
      'git commit --no-edit',
    ]);
    for (const command of commands.slice(0, 3)) expect(paste(sandbox, dir, command).code).toBe(0);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%P%n%s')).toBe(`${before} ${merged}\nMerge the login handler`);
    expect(sandbox.gitOk(dir, 'rev-parse', 'main')).toBe(before);
    expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe('');
  });

  it('a work branch merged into its stage: the printed fix publishes it for a pull request into the stage', () => {
    sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
    const before = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const result = sandbox.git(dir, 'merge', '--no-ff', '-m', 'Merge the login handler', WORK);
    expect(result.code).not.toBe(0);
    const commands = printedCommands(result.output).filter((line) => !line.startsWith('git has not'));
    expect(commands.slice(0, 2)).toEqual(['git merge --abort', `git push -u origin ${WORK}`]);
    for (const command of commands.slice(0, 2)) expect(paste(sandbox, dir, command).code).toBe(0);
    expect(sandbox.gitOk(project.remote, 'rev-parse', `refs/heads/${WORK}`)).toBe(
      sandbox.gitOk(dir, 'rev-parse', WORK),
    );
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('a stage merged into main (origin/stage/login): says to open a pull request from the stage into main', () => {
    sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
    sandbox.gitOk(dir, 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'Add the login page to the stage');
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'stage/login');
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    const before = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const result = sandbox.git(dir, 'merge', '--no-ff', '-m', 'Merge the login stage', 'origin/stage/login');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('main takes a stage only by a pull request: open one from stage/login into main');
    expect(result.output).not.toContain('git symbolic-ref');
    const commands = printedCommands(result.output).filter((line) => !line.startsWith('git has not'));
    expect(commands).toEqual(['git merge --abort']);
    expect(paste(sandbox, dir, commands[0]!).code).toBe(0);
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD')).toBe(before);
    expect(sandbox.gitOk(dir, 'status', '--porcelain')).toBe('');
  });

  it('allows merging a stage into a work branch to catch up, silently', () => {
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/stage-fix', 'stage/login');
    writeFileSync(join(dir, 'config.js'), 'export const region = "eu-west-1";\n');
    sandbox.gitOk(dir, 'add', 'config.js');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Set the region for the login stage');
    // The stage moves on (as a merged pull request would move it), and the work branch catches up.
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'work/jane-doe/stage-fix:stage/login');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(dir, 'switch', '-q', WORK);

    const result = sandbox.git(
      dir,
      'merge',
      '--no-ff',
      '-m',
      'Merge stage/login into the login work',
      'origin/stage/login',
    );
    expect(result.code).toBe(0);
    expect(result.output).not.toContain('blocked');
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%p').split(' ')).toHaveLength(2);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe('Merge stage/login into the login work');
  });

  it('can be bypassed as its footnote says: git commit --no-verify commits the merge left in progress', () => {
    sandbox.gitOk(dir, 'switch', '-q', 'stage/login');
    expect(sandbox.git(dir, 'merge', '--no-ff', '-m', 'Merge the login handler', WORK).code).not.toBe(0);
    const result = sandbox.git(dir, 'commit', '--no-verify', '--no-edit');
    expect(result.code).toBe(0);
    expect(sandbox.gitOk(dir, 'log', '-1', '--format=%s')).toBe('Merge the login handler');
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD^2')).toBe(sandbox.gitOk(dir, 'rev-parse', WORK));
  });
});
