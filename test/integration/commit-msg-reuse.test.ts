import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Sandbox } from '../helpers/sandbox.js';

/**
 * The command printed after a refused message must make the commit the user meant, run as printed:
 * git drops the temporary index of `commit -a`/`<paths>`, and an amend or a rebase reword is not a new commit.
 */
describe('commit-msg: the printed command makes the intended commit again', () => {
  let sandbox: Sandbox;
  let dir: string;
  let kept: string;
  const GOOD = 'Add the login form handler\n\nIt posts to /login.\n';

  const log = () => sandbox.gitOk(dir, 'log', '--format=%s', 'HEAD');
  const filesIn = (rev: string) =>
    sandbox.gitOk(dir, 'show', '--format=', '--name-only', rev).split('\n').filter(Boolean);
  const status = () => sandbox.git(dir, 'status', '--porcelain').stdout.trimEnd();
  /** The printed commands, one per indented line, in order. */
  const printedCommands = (output: string) => [...output.matchAll(/^ {4}(git .+)$/gm)].map((match) => match[1] ?? '');
  /** The printed command as the refusal says to run it when amending: --amend added after git commit. */
  const amended = (output: string) => {
    expect(output).toContain(
      '(add --amend after git commit if you were amending, --allow-empty if the commit changes no file)',
    );
    return printedCommands(output)[0]?.replace(/^git commit /, 'git commit --amend ');
  };
  /** Fixes the saved message, then runs a printed command through a shell with an editor that keeps it. */
  const runFixed = (command: string | undefined, cwd = dir) => {
    writeFileSync(kept, GOOD);
    return sandbox.run('sh', ['-c', command ?? 'echo no command was printed; exit 99'], {
      cwd,
      env: { GIT_EDITOR: 'true' },
    });
  };
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);

  beforeEach(() => {
    ({
      sandbox,
      project: { dir },
    } = newProject({ stage: 'login', work: 'work/jane-doe/add-login' }));
    kept = join(dir, '.git', 'STAGEFLOW_REJECTED_MSG');
    write('form.js', 'form 1\n');
    write('style.css', 'style 1\n');
    sandbox.gitOk(dir, 'add', 'form.js', 'style.css');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add the first login files');
  });
  afterEach(() => sandbox.cleanup());

  it('git commit -a: prints commit -a, which commits the changes -a had staged', () => {
    write('form.js', 'form 2\n');
    write('style.css', 'style 2\n');
    const refused = sandbox.git(dir, 'commit', '-a', '-m', 'wip');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('but git dropped what -a staged; edit the message and commit with -a again');
    const [again, ...more] = printedCommands(refused.output);
    expect(more).toEqual([]);
    expect(again).toBe(`git commit -a -e -F ${kept}`);
    expect(amended(refused.output)).toBe(`git commit --amend -a -e -F ${kept}`);
    // What the old advice printed commits nothing: the changes are not staged any more.
    expect(sandbox.run('sh', ['-c', `git commit -e -F ${kept}`], { cwd: dir }).output).toContain(
      'no changes added to commit',
    );

    expect(runFixed(again).code).toBe(0);
    expect(log().split('\n').slice(0, 2)).toEqual(['Add the login form handler', 'Add the first login files']);
    expect(filesIn('HEAD')).toEqual(['form.js', 'style.css']);
    expect(status()).toBe('');
  });

  it('git commit <paths> from a subdirectory: prints the same paths, and commits only them', () => {
    mkdirSync(join(dir, 'src'));
    write('src/login.js', 'login 1\n');
    write('src/other.js', 'other 1\n');
    sandbox.gitOk(dir, 'add', 'src');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'Add the login sources here');
    write('src/login.js', 'login 2\n');
    write('src/other.js', 'other 2\n');
    write('style.css', 'style 2\n');
    sandbox.gitOk(dir, 'add', 'style.css');
    const sub = join(dir, 'src');
    const refused = sandbox.run('git', ['commit', '-m', 'wip', 'login.js'], { cwd: sub });
    expect(refused.code).not.toBe(0);
    const [again] = printedCommands(refused.output);
    const amend = amended(refused.output);
    expect(again).toBe(`git commit -e -F ${kept} -- login.js`);
    expect(amend).toBe(`git commit --amend -e -F ${kept} -- login.js`);

    expect(runFixed(again, sub).code).toBe(0);
    expect(log().split('\n')[0]).toBe('Add the login form handler');
    expect(filesIn('HEAD')).toEqual(['src/login.js']);
    expect(status().split('\n').sort()).toEqual([' M src/other.js', 'M  style.css']);
  });

  it('git commit --include <path>: says to stage again, and the printed command then commits it', () => {
    write('form.js', 'form 2\n');
    write('style.css', 'style 2\n');
    const refused = sandbox.git(dir, 'commit', '-i', '-m', 'wip', 'form.js');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('stage it again (git add -p, or git add <files>)');
    const [again] = printedCommands(refused.output);
    expect(again).toBe(`git commit -e -F ${kept}`);

    sandbox.gitOk(dir, 'add', 'form.js');
    expect(runFixed(again).code).toBe(0);
    expect(filesIn('HEAD')).toEqual(['form.js']);
    expect(status()).toBe(' M style.css');
  });

  it('git commit --amend: prints the amend line, which amends with the staged change', () => {
    const parent = sandbox.gitOk(dir, 'rev-parse', 'HEAD~1');
    write('style.css', 'style 2\n');
    sandbox.gitOk(dir, 'add', 'style.css');
    const refused = sandbox.git(dir, 'commit', '--amend', '-m', 'wip');
    expect(refused.code).not.toBe(0);
    const amend = amended(refused.output);
    expect(amend).toBe(`git commit --amend -e -F ${kept}`);

    expect(runFixed(amend).code).toBe(0);
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~1')).toBe(parent);
    expect(log().split('\n')[0]).toBe('Add the login form handler');
    expect(filesIn('HEAD')).toEqual(['form.js', 'style.css']);
    expect(sandbox.gitOk(dir, 'show', 'HEAD:style.css')).toBe('style 2');
    expect(status()).toBe('');
  });

  it('git commit --amend --only: prints the same, which rewords the last commit and leaves the staged change', () => {
    const parent = sandbox.gitOk(dir, 'rev-parse', 'HEAD~1');
    write('style.css', 'style 2\n');
    sandbox.gitOk(dir, 'add', 'style.css');
    const refused = sandbox.git(dir, 'commit', '--amend', '--only', '-m', 'wip');
    expect(refused.code).not.toBe(0);
    expect(printedCommands(refused.output)).toEqual([`git commit --amend --only -e -F ${kept}`]);

    expect(runFixed(printedCommands(refused.output)[0]).code).toBe(0);
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~1')).toBe(parent);
    expect(log().split('\n')[0]).toBe('Add the login form handler');
    expect(sandbox.gitOk(dir, 'show', 'HEAD:style.css')).toBe('style 1');
    expect(status()).toBe('M  style.css');
  });

  it('git rebase -i reword: prints amend && rebase --continue, which finishes the rebase', () => {
    write('style.css', 'style 2\n');
    sandbox.gitOk(dir, 'commit', '-q', '-a', '-m', 'Restyle the login form');
    const base = sandbox.gitOk(dir, 'rev-parse', 'HEAD~2');
    const refused = sandbox.run('git', ['rebase', '-i', 'HEAD~2'], {
      cwd: dir,
      env: { GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/reword/'", GIT_EDITOR: "sed -i '1s/.*/wip/'" },
    });
    expect(refused.code).not.toBe(0);
    expect(readFileSync(kept, 'utf8')).toBe('wip\n');
    expect(printedCommands(refused.output)).toEqual([`git commit --amend -e -F ${kept} && git rebase --continue`]);

    const fixed = runFixed(printedCommands(refused.output)[0]);
    expect(fixed.code).toBe(0);
    expect(log().split('\n').slice(0, 2)).toEqual(['Restyle the login form', 'Add the login form handler']);
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~2')).toBe(base);
    expect(filesIn('HEAD~1')).toEqual(['form.js', 'style.css']);
    expect(sandbox.git(dir, 'status').output).not.toContain('rebase');
  });
});
