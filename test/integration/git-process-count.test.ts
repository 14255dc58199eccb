import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitCounter, gitCounter } from '../helpers/git-counter.js';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

const WORK = 'work/jane-doe/add-login';
const SIZES = [1, 100, 1000];
const ZERO = '0'.repeat(40);

/** A project on WORK, and a `git` first on PATH that counts the calls made through it. */
function countedProject(): { sandbox: Sandbox; project: Project; counter: GitCounter } {
  const { sandbox, project } = newProject({ stage: 'login', work: WORK });
  return { sandbox, project, counter: gitCounter(sandbox) };
}

/**
 * The pre-push hook reads every commit of a push in a constant number of git processes. A `git`
 * script placed first on PATH logs each call and runs the real git, so every process is counted.
 */
describe('pre-push starts the same number of git processes however many commits are pushed', () => {
  let sandbox: Sandbox;
  let project: Project;
  let counter: GitCounter;

  beforeEach(() => ({ sandbox, project, counter } = countedProject()));
  afterEach(() => sandbox.cleanup());

  /** Branches `count-<n>` holding n new commits on top of the work branch, built by one fast-import. */
  const buildPushes = (message: (n: number) => string): Map<number, string> => {
    const base = sandbox.gitOk(project.dir, 'rev-parse', 'HEAD');
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
    const lines: string[] = [];
    for (let n = 1; n <= Math.max(...SIZES); n++) {
      lines.push(
        'commit refs/heads/count-chain',
        `mark :${n}`,
        `committer Jane Doe <jane@example.com> ${1700000000 + n} +0000`,
      );
      lines.push(data(`${message(n)}\n`), n === 1 ? `from ${base}` : `from :${n - 1}`, '');
    }
    for (const size of SIZES) lines.push(`reset refs/heads/count-${size}`, `from :${size}`, '');
    const imported = sandbox.run('git', ['fast-import', '--quiet'], {
      cwd: project.dir,
      input: `${lines.join('\n')}\n`,
    });
    expect(imported.output).toBe('');
    return new Map(SIZES.map((size) => [size, sandbox.gitOk(project.dir, 'rev-parse', `count-${size}`)]));
  };

  /** Runs the hook as git does for a push of `tip` to the work branch; returns what it printed and the git calls. */
  const prePush = (tip: string) => {
    const remoteTip = sandbox.gitOk(project.dir, 'rev-parse', `refs/remotes/origin/${WORK}`);
    counter.reset();
    const result = sandbox.stageflow(project.dir, ['hook', 'pre-push', 'origin', project.remote], {
      input: `refs/heads/${WORK} ${tip} refs/heads/${WORK} ${remoteTip}\n`,
      env: counter.env,
    });
    return { result, calls: counter.calls() };
  };

  it('for an accepted push of 1, 100 and 1,000 commits', () => {
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', WORK);
    const tips = buildPushes((n) => `Handle request number ${n} in the login handler`);
    const runs = SIZES.map((size) => prePush(tips.get(size)!));
    for (const { result } of runs) {
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    }
    const counts = runs.map(({ calls }) => calls.length);
    expect(runs[0]!.calls.filter((call) => call.startsWith('log '))).toHaveLength(1);
    expect(counts).toEqual(SIZES.map(() => counts[0]));
  });

  it('for a refused push of 1, 100 and 1,000 commits with placeholder messages', () => {
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', WORK);
    const tips = buildPushes(() => 'wip');
    const runs = SIZES.map((size) => prePush(tips.get(size)!));
    for (const [index, { result }] of runs.entries()) {
      expect(result.code).toBe(1);
      expect(result.output).toContain(tips.get(SIZES[index]!)!.slice(0, 7));
    }
    const counts = runs.map(({ calls }) => calls.length);
    // One log reads the messages; a refusal adds one more, which looks for the commit that adopted stageflow.
    expect(runs[0]!.calls.filter((call) => call.startsWith('log -z'))).toHaveLength(1);
    expect(runs[0]!.calls.filter((call) => call.startsWith('log ') && !call.startsWith('log -z'))).toEqual([
      expect.stringMatching(/^log --format=%H -S stageflow /),
    ]);
    expect(counts).toEqual(SIZES.map(() => counts[0]));
  });

  it('check --range reads 1, 100 and 1,000 commits in one git process, and names an unknown side', () => {
    const tips = buildPushes((n) => `Handle request number ${n} in the login handler`);
    const base = sandbox.gitOk(project.dir, 'rev-parse', 'HEAD');
    const check = (range: string) => {
      counter.reset();
      const result = sandbox.stageflow(project.dir, ['check', '--range', range], { env: counter.env });
      return { result, calls: counter.calls() };
    };
    for (const size of SIZES) {
      const { result, calls } = check(`${base}..${tips.get(size)}`);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
      expect(calls).toEqual([expect.stringMatching(/^log -z /)]);
    }
    const unknown = check(`${base}..no-such-branch`);
    expect(unknown.result.code).toBe(2);
    expect(unknown.result.stderr).toContain('`no-such-branch` is not a commit or branch here.');
  });
});

describe('pre-push starts the same number of git processes however many refs are pushed', () => {
  let sandbox: Sandbox;
  let project: Project;
  let counter: GitCounter;

  beforeEach(() => ({ sandbox, project, counter } = countedProject()));
  afterEach(() => sandbox.cleanup());

  it('for 1 and 200 new work branches, behind a stage that moved on, and a new stage', () => {
    const { dir } = project;
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', 'main:refs/heads/stage/orders');
    // stage/login moves on after the work branches were cut from it: each gets the notice.
    const main = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const cutAt = sandbox.gitOk(
      dir,
      'commit-tree',
      '-p',
      main,
      '-m',
      'Add the login form to the login stage',
      `${main}^{tree}`,
    );
    const landed = sandbox.gitOk(
      dir,
      'commit-tree',
      '-p',
      cutAt,
      '-m',
      'Add the password rules to the login stage',
      `${cutAt}^{tree}`,
    );
    sandbox.gitOk(dir, 'push', '-q', '--no-verify', 'origin', `${landed}:refs/heads/stage/login`);
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    const names = Array.from({ length: 200 }, (_, i) => `work/jane-doe/change-${i}`);
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
    const commits = names.flatMap((name, i) => [
      `commit refs/heads/${name}`,
      `committer Jane Doe <jane@example.com> ${1700000000 + i} +0000`,
      data(`Handle change number ${i} in the handler\n`),
      `from ${cutAt}`,
      '',
    ]);
    expect(sandbox.run('git', ['fast-import', '--quiet'], { cwd: dir, input: `${commits.join('\n')}\n` }).output).toBe(
      '',
    );
    const shas = sandbox.gitOk(dir, 'rev-parse', ...names).split('\n');
    const lines = names.map((name, i) => `refs/heads/${name} ${shas[i]} refs/heads/${name} ${ZERO}`);
    const newStage = `refs/heads/main ${main} refs/heads/stage/pay ${ZERO}`;
    const prePush = (refLines: string[]) => {
      counter.reset();
      const result = sandbox.stageflow(dir, ['hook', 'pre-push', 'origin', project.remote], {
        input: `${refLines.join('\n')}\n`,
        env: counter.env,
      });
      return { result, calls: counter.calls() };
    };
    const one = prePush([lines[0]!, newStage]);
    const many = prePush([...lines, newStage]);
    expect(one.result.code).toBe(0);
    expect(many.result.code).toBe(0);
    expect(
      many.result.stderr.match(/origin\/stage\/login has moved on since work\/jane-doe\/change-\d+/g),
    ).toHaveLength(200);
    expect(one.calls.length).toBeGreaterThan(0);
    expect(many.calls).toHaveLength(one.calls.length);
  });
});

describe('pre-commit reads the repository from its files, without a git process', () => {
  let sandbox: Sandbox;
  let project: Project;
  let counter: GitCounter;

  beforeEach(() => ({ sandbox, project, counter } = countedProject()));
  afterEach(() => sandbox.cleanup());

  /** The hook as git runs it, at the top of a worktree: its exit code and the git calls it made. */
  const preCommit = (cwd: string) => {
    counter.reset();
    const result = sandbox.stageflow(cwd, ['hook', 'pre-commit'], { env: counter.env });
    return { code: result.code, output: result.output, calls: counter.calls() };
  };

  it('in the main worktree and in a linked worktree (a .git file), each judged on its own branch', () => {
    const linked = sandbox.path('linked');
    sandbox.gitOk(project.dir, 'worktree', 'add', '-q', linked, 'main');

    const work = preCommit(project.dir);
    expect(work.output).toBe('');
    expect(work.code).toBe(0);
    expect(work.calls).toEqual([]);

    // The linked worktree has main checked out: refused, which costs one git process for the name.
    const onMain = preCommit(linked);
    expect(onMain.code).toBe(1);
    expect(onMain.output).toContain('commit blocked: main takes no direct commits');
    // One process, only for the refusal: the engineer's name for the suggested branch (stageflow.engineer, else user.name).
    expect(onMain.calls).toEqual(['config -z --get-regexp ^(stageflow\\.engineer|user\\.name)$']);
  });

  it('asks git when run from a subdirectory, where no .git is at hand', () => {
    const sub = sandbox.path('project', 'src');
    mkdirSync(sub);
    const result = preCommit(sub);
    expect(result.code).toBe(0);
    expect(result.calls).toHaveLength(1);
    expect(result.calls[0]).toMatch(/^rev-parse /);
  });
});
