import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

describe('commit-msg: real git commit through the husky-installed hook', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const subject = () => sandbox.gitOk(dir, 'log', '-1', '--format=%s');
  const fullMessage = () => sandbox.gitOk(dir, 'log', '-1', '--format=%B');
  const head = () => sandbox.gitOk(dir, 'rev-parse', 'HEAD');
  const commit = (...args: string[]) => sandbox.git(dir, 'commit', '--allow-empty', ...args);
  /** An editor that puts `text` above what git wrote into the message file. */
  const editorWriting = (text: string): string => {
    const script = sandbox.path(`editor-${Math.random().toString(36).slice(2)}.sh`);
    writeFileSync(
      join(script),
      `#!/bin/sh\n{ printf '%s' '${text.replace(/'/g, `'\\''`)}'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n`,
    );
    return `sh ${script}`;
  };

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/add-login' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('one broken rule reads in a few lines: the rule as the title, its hint, the command, the bypass', () => {
    const result = commit('-m', 'Fix the bugs in the code');
    expect(result.code).not.toBe(0);
    const lines = result.output.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^✖ stageflow: commit message rejected: "Fix the bugs in the code" has only generic words .* \[subject-vague\]$/,
    );
    expect(lines[1]).toBe('  Subject: "Fix the bugs in the code"');
    expect(lines[2]).toMatch(/^ {2}→ /);
    expect(lines.slice(3)).toEqual([
      '  Your message is kept; edit it and commit again (add --amend after git commit if you were amending, --allow-empty if the commit changes no file):',
      `    git commit -e -F ${join(dir, '.git', 'STAGEFLOW_REJECTED_MSG')}`,
      '  Bypass once, only if you must: git commit --no-verify',
    ]);
  });

  it('accepts a described change, silently', () => {
    const result = commit(
      '-q',
      '-m',
      'Add the login form handler',
      '-m',
      'It posts to /login and shows errors inline.',
    );
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
    expect(fullMessage()).toBe('Add the login form handler\n\nIt posts to /login and shows errors inline.');
  });

  it('rejects a placeholder, keeps the message, and the printed command reuses it once fixed', () => {
    const before = head();
    const result = commit('-m', 'wip');
    expect(result.code).not.toBe(0);
    expect(head()).toBe(before);
    const out = result.output;
    expect(out).toContain('commit message rejected: 3 rules are not met');
    expect(out).toContain('Subject: "wip"');
    expect(out).toContain('the subject has 1 word; at least 2 are needed to describe a change [subject-min-words]');
    expect(out).toContain(
      'the subject is 3 characters long; at least 4 are needed to describe a change [subject-min-length]',
    );
    expect(out).toContain('"wip" is a placeholder, not a description of the change [subject-placeholder]');
    const kept = join(dir, '.git', 'STAGEFLOW_REJECTED_MSG');
    expect(out).toContain('Your message is kept; edit it and commit again');
    // Read at a glance: the refusal, then husky's line; the kept message's path printed once.
    expect(out.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    expect(out.split(kept).length - 1).toBe(1);
    expect(out).not.toContain('COMMIT_EDITMSG');
    expect(out).not.toContain('script failed');
    expect(readFileSync(kept, 'utf8')).toBe('wip\n');

    const printed = /^ {4}(git commit -e -F .+)$/m.exec(out)?.[1];
    expect(printed).toBe(`git commit -e -F ${kept}`);

    // Run as printed (the shell splits it), unchanged: still refused, the copy still there.
    const again = sandbox.run('sh', ['-c', `${printed} --allow-empty`], { cwd: dir });
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('commit message rejected');
    expect(readFileSync(kept, 'utf8')).toBe('wip\n');

    // Fixed in the file, then run as printed with an editor that keeps it: committed.
    writeFileSync(kept, 'Add the login form handler\n\nwip no more.\n');
    const fixed = sandbox.run('sh', ['-c', `${printed} --allow-empty`], { cwd: dir, env: { GIT_EDITOR: 'true' } });
    expect(fixed.code).toBe(0);
    expect(fullMessage()).toBe('Add the login form handler\n\nwip no more.');
    expect(sandbox.gitOk(dir, 'rev-parse', 'HEAD~1')).toBe(before);
  });

  it.each<[string, string[], string]>([
    ['an empty message', ['--allow-empty-message', '-m', ''], 'the message is empty'],
    ['too few words', ['-m', 'logins'], '[subject-min-words]'],
    ['too short', ['-m', 'ab'], '[subject-min-length]'],
    ['a placeholder in capitals', ['-m', 'WIP TODO TMP'], '"WIP TODO TMP" is a placeholder'],
    [
      'a work-in-progress marker',
      ['-m', 'WIP: add login form'],
      'the subject starts with "WIP:", a work-in-progress marker, not a description of the change [subject-wip]',
    ],
    [
      'generic words only',
      ['-m', 'Fix bug in code'],
      '"Fix bug in code" has only generic words (fix, bug, code): it does not say which behaviour changed, nor where [subject-vague]',
    ],
    ["the GitHub web editor's default", ['-m', 'Update README.md'], '[subject-web-editor]'],
  ])('rejects %s', (_name, args, problem) => {
    const before = head();
    const result = commit(...args);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(problem);
    expect(head()).toBe(before);
  });

  it('style is not usefulness: a long subject and no blank line before the body are committed, with a note', () => {
    const long = `Add ${'very '.repeat(14)}long subject to the handler`;
    const result = commit('-q', '-m', `${long}\nwith inline errors`);
    expect(result.code).toBe(0);
    expect(subject()).toBe(`${long} with inline errors`);
    expect(result.output).toContain("stageflow: committed; notes on the message's style:");
    expect(result.output).toContain('at most 72 fit in git log and pull request titles [subject-max-length] (warning)');
    expect(result.output).toContain('[body-leading-blank] (warning)');
    expect(result.output).toContain(
      'To reword it: git commit --amend. To refuse such messages, set "severity": { "subject-max-length": "error", "body-leading-blank": "error" } in the stageflow config.',
    );

    writeFileSync(join(dir, '.stageflowrc.json'), JSON.stringify({ severity: { 'subject-max-length': 'error' } }));
    const before = head();
    const refused = commit('-m', long);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(
      /commit message rejected: the subject is \d+ characters long; at most 72 fit .* \[subject-max-length\]/,
    );
    expect(head()).toBe(before);
  });

  it('cleans CRLF, a BOM and trailing blanks the way git does', () => {
    const file = sandbox.path('message.txt');
    writeFileSync(file, '\uFEFFAdd the login form handler   \r\n\r\n\r\nIt posts to /login.\r\n\r\n');
    const result = commit('-q', '-F', file);
    expect(result.code).toBe(0);
    expect(fullMessage()).toContain('Add the login form handler\n\nIt posts to /login.');
  });

  it('commit -v: judges only what is above the scissors line', () => {
    const refused = sandbox.run('git', ['commit', '-v', '--allow-empty'], {
      cwd: dir,
      env: { GIT_EDITOR: editorWriting('wip\n') },
    });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('"wip" is a placeholder');
    expect(readFileSync(join(dir, '.git', 'STAGEFLOW_REJECTED_MSG'), 'utf8')).toBe('wip\n');

    writeFileSync(join(dir, 'handler.js'), '# not a comment\nwip\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    const accepted = sandbox.run('git', ['commit', '-q', '-v'], {
      cwd: dir,
      env: { GIT_EDITOR: editorWriting('Add the login form handler\n') },
    });
    expect(accepted.output).toBe('');
    expect(accepted.code).toBe(0);
    expect(fullMessage()).toBe('Add the login form handler');
  });

  it('core.commentChar ";": a # line is the message, ; lines are comments', () => {
    sandbox.gitOk(dir, 'config', 'core.commentChar', ';');
    const accepted = sandbox.run('git', ['commit', '-q', '--allow-empty'], {
      cwd: dir,
      env: { GIT_EDITOR: editorWriting('#42 Add the login form handler\n') },
    });
    expect(accepted.code).toBe(0);
    expect(subject()).toBe('#42 Add the login form handler');

    const refused = sandbox.run('git', ['commit', '--allow-empty', '-v'], {
      cwd: dir,
      env: { GIT_EDITOR: editorWriting('; Add the login form handler\n#wip\n') },
    });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('"#wip" is a placeholder');
  });

  it('core.commentChar auto: git picks a free character and the hook finds it', () => {
    sandbox.gitOk(dir, 'config', 'core.commentChar', 'auto');
    const accepted = commit('-q', '-e', '-m', '#42 Add the login form handler');
    expect(accepted.code).toBe(0);
    expect(subject()).toBe('#42 Add the login form handler');
    const acceptedVerbose = commit('-q', '-v', '-e', '-m', '#43 Add the logout button');
    expect(acceptedVerbose.code).toBe(0);
    expect(subject()).toBe('#43 Add the logout button');
    const refused = commit('-e', '-m', '#wip');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('"#wip" is a placeholder');
  });

  it('commit.cleanup scissors keeps # lines above the scissors line, as git does', () => {
    sandbox.gitOk(dir, 'config', 'commit.cleanup', 'scissors');
    const result = sandbox.run('git', ['commit', '-q', '--allow-empty'], {
      cwd: dir,
      env: { GIT_EDITOR: editorWriting('#42 Add the login form handler\n') },
    });
    expect(result.code).toBe(0);
    expect(subject()).toBe('#42 Add the login form handler');
  });

  it('git merge --cleanup=<mode> is read as git reads it, over commit.cleanup', () => {
    // The stage moves on, as a merged pull request would move it; the work branch catches up.
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'HEAD:stage/login');
    sandbox.gitOk(dir, 'reset', '-q', '--hard', 'HEAD~1');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    const merge = (cleanup: string) =>
      sandbox.git(
        dir,
        'merge',
        '--no-ff',
        `--cleanup=${cleanup}`,
        '-m',
        '# wip',
        '-m',
        'Take the login handler from the stage',
        'origin/stage/login',
      );
    sandbox.gitOk(dir, 'config', 'commit.cleanup', 'whitespace');
    const stripped = merge('strip');
    expect(stripped.code).toBe(0);
    expect(subject()).toBe('Take the login handler from the stage');

    sandbox.gitOk(dir, 'reset', '-q', '--hard', 'HEAD~1');
    sandbox.gitOk(dir, 'config', 'commit.cleanup', 'strip');
    const kept = merge('whitespace');
    expect(kept.code).not.toBe(0);
    expect(kept.output).toContain('Subject: "# wip"');
  });

  it('git commit -m keeps a line that starts with #, and so does the hook', () => {
    const result = commit('-q', '-m', '#42 Add the login form handler');
    expect(result.code).toBe(0);
    expect(subject()).toBe('#42 Add the login form handler');
  });

  it('passes the messages git writes: fixup!, squash!, amend!, Revert "..."', () => {
    commit('-q', '-m', 'Add the login form handler');
    expect(commit('-q', '--fixup', 'HEAD').code).toBe(0);
    expect(subject()).toBe('fixup! Add the login form handler');
    expect(commit('-q', '--squash', 'HEAD~1', '-m', 'x').code).toBe(0);
    expect(subject()).toBe('squash! Add the login form handler');
    expect(commit('-q', '--fixup', 'amend:HEAD~2').code).toBe(0);
    expect(subject()).toBe('amend! Add the login form handler');
    writeFileSync(join(dir, 'handler.js'), 'export const handler = 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    sandbox.gitOk(dir, 'commit', '-q', '-m', 'wip', '--no-verify');
    const reverted = sandbox.git(dir, 'revert', '--no-edit', 'HEAD');
    expect(reverted.code).toBe(0);
    expect(subject()).toBe('Revert "wip"');
  });

  it('applies the optional rules from the config: ticket-pattern and conventional-commits', () => {
    writeFileSync(
      join(dir, '.stageflowrc.json'),
      JSON.stringify({ rules: { 'ticket-pattern': '[A-Z]+-\\d+', 'conventional-commits': true } }),
    );
    const refused = commit('-m', 'Add the login form handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('the message names no ticket (pattern [A-Z]+-\\d+)');
    expect(refused.output).toContain('[ticket-pattern]');
    expect(refused.output).toContain('[conventional-commits]');
    expect(commit('-q', '-m', 'feat(auth): add the login form handler', '-m', 'Refs PAY-142').code).toBe(0);
  });

  it('a rule switched off in package.json lets the message through', () => {
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'project',
        stageflow: { rules: { 'subject-min-words': 2, 'subject-placeholder': false } },
      }),
    );
    expect(commit('-q', '-m', 'Add logins').code).toBe(0);
    expect(commit('-q', '-m', 'update update').code).toBe(0);
    expect(commit('-m', 'Add').code).not.toBe(0);
  });
});
