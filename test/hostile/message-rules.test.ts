import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';

const WORK = 'work/jane-doe/login-form';
const MEGABYTE = 1024 * 1024;
const NO_CI = { CI: '', GITHUB_ACTIONS: '', GITLAB_CI: '' };

/**
 * Real git through the husky-installed hooks, one project per describe. Each refusal leaves HEAD
 * and the remote's refs where they were; each case starts from the work branch as published.
 */
function useProject(): { sandbox: () => Sandbox; project: () => Project } {
  let sandbox: Sandbox;
  let project: Project;
  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: WORK }));
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', WORK);
  });
  afterAll(() => sandbox.cleanup());
  return { sandbox: () => sandbox, project: () => project };
}

describe("look-alikes of git's own messages pass only when git wrote them (issue 10.3)", () => {
  const { sandbox, project } = useProject();
  const git = (...args: string[]) => sandbox().git(project().dir, ...args);
  const gitOk = (...args: string[]) => sandbox().gitOk(project().dir, ...args);
  const head = () => gitOk('rev-parse', 'HEAD');
  const reset = () => gitOk('reset', '-q', '--hard', `origin/${WORK}`);
  const check = (...args: string[]) => sandbox().stageflow(project().dir, ['check', ...args], { env: NO_CI });

  it('git commit -m "Merge branch ..." on one parent is judged like any subject: a descriptive one passes', () => {
    reset();
    expect(git('commit', '-q', '--allow-empty', '-m', "Merge branch 'stage/login' into the login form work").code).toBe(
      0,
    );
  });

  it.each([
    ['Merge stuff', '[subject-vague]'],
    ['Merge the fix', '[subject-vague]'],
    ['Revert "wip"', '[subject-vague]'],
    ['fixup!', '[subject-placeholder]'],
  ])('commit-msg refuses git commit -m %j on a commit with one parent', (subject, rule) => {
    reset();
    const before = head();
    const refused = git('commit', '--allow-empty', '-m', subject);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit message rejected');
    if (rule) expect(refused.output).toContain(rule);
    expect(head()).toBe(before);
  });

  it('check --message judges "Merge stuff" as a commit with one parent', () => {
    const result = check('--message', 'Merge stuff');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ subject-vague: "Merge stuff" has only generic words (merge, stuff)');
    expect(result.stdout).toContain('refused: one rule is not met');
  });

  it('pre-push and check --range refuse a "Merge stuff" made with --no-verify, and pass the merge git wrote', () => {
    reset();
    // A stage commit to merge, made the way a pull request lands it (no local hook runs).
    const stageTip = gitOk('commit-tree', `${head()}^{tree}`, '-p', head(), '-m', 'Add the logout button to the stage');
    gitOk('update-ref', 'refs/heads/stage/login', stageTip);
    const merged = git('merge', '--no-ff', '--no-edit', 'stage/login');
    expect(merged.code, merged.output).toBe(0);
    expect(gitOk('log', '-1', '--format=%s')).toBe("Merge branch 'stage/login' into work/jane-doe/login-form");
    expect(gitOk('log', '-1', '--format=%P').split(' ')).toHaveLength(2);
    const range = `origin/${WORK}..HEAD`;
    expect(check('--range', range).code).toBe(0);

    gitOk('commit', '-q', '--no-verify', '--allow-empty', '-m', 'Merge stuff');
    const remoteBefore = refsOf(sandbox(), project().remote);
    const pushed = git('push', 'origin', WORK);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('"Merge stuff"');
    expect(pushed.output).not.toContain("\"Merge branch 'stage/login'");
    expect(refsOf(sandbox(), project().remote)).toBe(remoteBefore);

    const checked = check('--range', range, '--json');
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as { checks: { bad: { subject: string }[] }[] };
    expect(report.checks[0]!.bad.map((commit) => commit.subject)).toEqual(['Merge stuff']);
    gitOk('update-ref', '-d', 'refs/heads/stage/login');
  });

  it('a conflicted merge committed by hand keeps git\'s "Merge ..." subject: MERGE_HEAD tells the hook', () => {
    reset();
    writeFileSync(join(project().dir, 'handler.js'), 'export const timeout = 10;\n');
    gitOk('add', 'handler.js');
    gitOk('commit', '-q', '-m', 'Set the upload handler timeout to 10 s');
    const ours = head();
    gitOk('switch', '-q', '-c', 'work/jane-doe/timeout', `origin/${WORK}`);
    writeFileSync(join(project().dir, 'handler.js'), 'export const timeout = 30;\n');
    gitOk('add', 'handler.js');
    gitOk('commit', '-q', '-m', 'Set the upload handler timeout to 30 s');
    gitOk('switch', '-q', WORK);
    expect(git('merge', 'work/jane-doe/timeout').code).not.toBe(0);
    writeFileSync(join(project().dir, 'handler.js'), 'export const timeout = 30;\n');
    gitOk('add', 'handler.js');
    const committed = git('commit', '--no-edit');
    expect(committed.code, committed.output).toBe(0);
    expect(gitOk('log', '-1', '--format=%P')).toBe(`${ours} ${gitOk('rev-parse', 'work/jane-doe/timeout')}`);
    expect(gitOk('log', '-1', '--format=%s')).toBe(
      "Merge branch 'work/jane-doe/timeout' into work/jane-doe/login-form",
    );
    gitOk('branch', '-q', '-D', 'work/jane-doe/timeout');
  });
});

describe('no pattern can hang a hook or check (issue 10.4)', () => {
  const { sandbox, project } = useProject();
  const gitOk = (...args: string[]) => sandbox().gitOk(project().dir, ...args);
  const messages = [
    ['a 1 MB message', `${'word '.repeat(MEGABYTE / 5)}end\n`],
    ['a 1 MB single token', `a${'!'.repeat(MEGABYTE)}b\n`],
  ] as const;

  beforeAll(() => {
    // JavaScript's RegExp takes minutes on this pattern against a long line without a colon.
    writeFileSync(
      join(project().dir, '.stageflowrc.json'),
      JSON.stringify({ rules: { 'ticket-pattern': '^(\\w+\\s?)+:' } }),
    );
  });

  it.each(messages)('commit-msg refuses %s with a backtracking ticket-pattern', (_name, message) => {
    const file = sandbox().path('message.txt');
    writeFileSync(file, message);
    const before = gitOk('rev-parse', 'HEAD');
    const refused = sandbox().git(project().dir, 'commit', '--allow-empty', '-F', file);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('the message names no ticket (pattern ^(\\w+\\s?)+:)');
    expect(refused.output.length).toBeLessThan(4000);
    expect(gitOk('rev-parse', 'HEAD')).toBe(before);
  });

  it('pre-push and check --range refuse both, made with --no-verify, and check --message the token', () => {
    gitOk('reset', '-q', '--hard', `origin/${WORK}`);
    for (const [, message] of messages) {
      const file = sandbox().path('message.txt');
      writeFileSync(file, message);
      gitOk('commit', '-q', '--no-verify', '--allow-empty', '--cleanup=verbatim', '-F', file);
    }
    const remoteBefore = refsOf(sandbox(), project().remote);
    const pushed = sandbox().git(project().dir, 'push', 'origin', WORK);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('[ticket-pattern]');
    expect(refsOf(sandbox(), project().remote)).toBe(remoteBefore);

    const checked = sandbox().stageflow(project().dir, ['check', '--range', `origin/${WORK}..HEAD`, '--json'], {
      env: NO_CI,
    });
    expect(checked.code).toBe(1);
    expect((JSON.parse(checked.stdout) as { checks: { bad: unknown[] }[] }).checks[0]!.bad).toHaveLength(2);

    // Linux takes at most 128 KB in one argument.
    const token = sandbox().stageflow(project().dir, ['check', '--message', `a${'!'.repeat(120_000)}b`, '--json'], {
      env: NO_CI,
    });
    expect(token.code).toBe(1);
    const verdicts = (JSON.parse(token.stdout) as { rules: { rule: string; verdict: string; severity: string }[] })
      .rules;
    expect(verdicts.filter((rule) => rule.verdict === 'failed').map((rule) => `${rule.rule} ${rule.severity}`)).toEqual(
      ['subject-min-words error', 'subject-max-length warning', 'ticket-pattern error'],
    );
  });
});
