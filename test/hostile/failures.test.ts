import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { repositoryState } from './state.js';

const GOOD = 'Add the login form handler';

describe('internal failures fail closed', () => {
  let sandbox: Sandbox;
  let project: Project;
  let noGitPath: string;
  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' }));
    // A PATH with node on it but no git.
    noGitPath = sandbox.path('node-only');
    mkdirSync(noGitPath);
    symlinkSync(process.execPath, join(noGitPath, 'node'));
  });
  afterEach(() => sandbox.cleanup());

  // pre-commit reads HEAD from git's files and needs git only to word a refusal: on main it does.
  const hooks: { hook: string; args: string[]; input?: string; bypass: string; branch?: string }[] = [
    { hook: 'pre-commit', args: [], bypass: 'git commit --no-verify', branch: 'main' },
    { hook: 'commit-msg', args: ['message.txt'], bypass: 'git commit --no-verify' },
    { hook: 'pre-push', args: ['origin', 'url'], input: 'push', bypass: 'git push --no-verify' },
  ];

  it.each(hooks)(
    '$hook without git on PATH blocks, prints one line and the bypass, and no stack',
    ({ hook, args, input, bypass, branch }) => {
      const { dir } = project;
      if (branch) sandbox.gitOk(dir, 'switch', '-q', branch);
      writeFileSync(join(dir, 'message.txt'), `${GOOD}\n`);
      const sha = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
      const stdin = input
        ? `refs/heads/work/jane-doe/login-form ${sha} refs/heads/work/jane-doe/login-form ${'0'.repeat(40)}\n`
        : '';
      const before = repositoryState(sandbox, dir);

      const result = sandbox.stageflow(dir, ['hook', hook, ...args], { input: stdin, env: { PATH: noGitPath } });
      expect(result.code).toBe(70);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe(
        `stageflow: internal error in the ${hook} hook: git was not found on PATH; install git or fix PATH`,
      );
      expect(lines[1]).toContain(bypass);
      expect(lines[1]).toContain('HUSKY=0');
      expect(result.stderr).toContain('STAGEFLOW_DEBUG=1');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(repositoryState(sandbox, dir)).toBe(before);

      const debug = sandbox.stageflow(dir, ['hook', hook, ...args], {
        input: stdin,
        env: { PATH: noGitPath, STAGEFLOW_DEBUG: '1' },
      });
      expect(debug.code).toBe(70);
      expect(debug.stderr).toContain(lines[0]);
      expect(debug.stderr).toMatch(/\n\s+at /);
    },
  );

  it.each([
    [
      ['hook'],
      'stageflow: unknown hook ""; stageflow runs pre-commit, pre-merge-commit, commit-msg and pre-push.',
      'stageflow hook commit-msg "$1"',
    ],
    [['hook', 'pre-rebase'], 'stageflow: unknown hook "pre-rebase"', 'stageflow hook pre-push "$@"'],
    [
      ['hook', 'pre-commit', '--bogus'],
      'stageflow: pre-commit: unknown option --bogus; pre-commit takes --project',
      'Usage: stageflow hook pre-commit [--project <dir>]',
    ],
    [
      ['hook', 'pre-push', '--project'],
      'stageflow: pre-push: --project needs a value, e.g. --project <value>',
      'Usage: stageflow hook pre-push [--project <dir>]',
    ],
    [['$(touch pwned)'], 'stageflow: unknown command "$(touch pwned)".', 'npx stageflow --help'],
  ])('an odd invocation %j is a usage error that says how to call it', (args, what, how) => {
    const result = sandbox.stageflow(project.dir, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(what);
    expect(result.stderr).toContain(how);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a commit fails closed when the stageflow binary is gone from node_modules', () => {
    const { dir } = project;
    rmSync(join(dir, 'node_modules', '.bin', 'stageflow'));
    const before = repositoryState(sandbox, dir);
    const refused = sandbox.git(dir, 'commit', '--allow-empty', '-m', GOOD);
    expect(refused.code).not.toBe(0);
    // The runner stops at pre-commit, before any editor opens, naming the fix and the bypass.
    expect(refused.output).toContain(
      "stageflow: internal error in the pre-commit hook: cannot start stageflow's check (node_modules/.bin/stageflow is missing",
    );
    expect(refused.output).toContain('    npm install');
    expect(refused.output).toContain(
      'git commit --no-verify (or HUSKY=0 git ..., which turns every hook off for that one command)',
    );
    expect(repositoryState(sandbox, dir)).toBe(before);
  });
});

/**
 * A preloaded module stops stageflow at its first git process, tells the test its pid, and waits
 * there until a signal ends it: the hook is interrupted mid-way, every time, with no timing.
 */
const BLOCK_AT_FIRST_GIT = `
const cp = require('node:child_process');
const fs = require('node:fs');
const original = cp.spawn;
cp.spawn = function (...args) {
  fs.writeFileSync(process.env.STAGEFLOW_TEST_READY, String(process.pid));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  return original.apply(this, args);
};
require('node:module').syncBuiltinESMExports();
`;

/** How a hook is interrupted: [name, signal, whom it is sent to]. */
const INTERRUPTS = [
  ['SIGTERM to the hook', 'SIGTERM', 'hook'],
  ['Ctrl-C (SIGINT to the whole job)', 'SIGINT', 'group'],
] as const;

describe('interrupts during a hook', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' }));
    writeFileSync(sandbox.path('block.cjs'), BLOCK_AT_FIRST_GIT);
  });
  afterEach(() => sandbox.cleanup());

  /** Runs git with the hook held at its first git process, interrupts it, and waits for git to end. */
  async function interrupted(args: string[], signal: 'SIGINT' | 'SIGTERM', target: 'hook' | 'group') {
    const ready = sandbox.path('ready');
    rmSync(ready, { force: true });
    const child = spawn('git', args, {
      cwd: project.dir,
      env: { ...sandbox.env, NODE_OPTIONS: `--require ${sandbox.path('block.cjs')}`, STAGEFLOW_TEST_READY: ready },
      // Its own process group, as a terminal's foreground job: Ctrl-C reaches all of it.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while (!existsSync(ready) || readFileSync(ready, 'utf8') === '') await sleep(20);
    const hookPid = Number(readFileSync(ready, 'utf8'));
    process.kill(target === 'hook' ? hookPid : -child.pid!, signal);
    const code = await exited;
    return { code, output };
  }

  it.each(INTERRUPTS)("%s in a commit's hooks leaves the repository as it was", async (_, signal, target) => {
    const { dir } = project;
    writeFileSync(join(dir, 'handler.js'), 'export const handler = () => 1;\n');
    sandbox.gitOk(dir, 'add', 'handler.js');
    writeFileSync(join(dir, 'notes.txt'), 'unstaged notes\n');
    const before = repositoryState(sandbox, dir);

    const result = await interrupted(['commit', '-m', GOOD], signal, target);
    expect(result.code).not.toBe(0);
    expect(repositoryState(sandbox, dir)).toBe(before);
    expect(existsSync(join(dir, '.git', 'index.lock'))).toBe(false);
  });

  it.each(INTERRUPTS)(
    '%s in commit-msg leaves the repository as it was and keeps the message',
    async (_, signal, target) => {
      const { dir } = project;
      writeFileSync(join(dir, 'handler.js'), 'export const handler = () => 1;\n');
      sandbox.gitOk(dir, 'add', 'handler.js');
      // Only commit-msg starts stageflow on a commit (stageflow's runner starts none at pre-commit).
      const before = repositoryState(sandbox, dir);

      const result = await interrupted(['commit', '-m', `${GOOD}\n\nA body worth keeping.`], signal, target);
      expect(result.code).not.toBe(0);
      expect(repositoryState(sandbox, dir)).toBe(before);
      expect(readFileSync(join(dir, '.git', 'COMMIT_EDITMSG'), 'utf8')).toContain('A body worth keeping.');
      expect(existsSync(join(dir, '.git', 'index.lock'))).toBe(false);
    },
  );

  it.each(INTERRUPTS)('%s in pre-push leaves both repositories as they were', async (_, signal, target) => {
    const { dir, remote } = project;
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', GOOD);
    const before = repositoryState(sandbox, dir);
    const remoteBefore = refsOf(sandbox, remote);

    const result = await interrupted(['push', 'origin', 'work/jane-doe/login-form'], signal, target);
    expect(result.code).not.toBe(0);
    expect(refsOf(sandbox, remote)).toBe(remoteBefore);
    expect(repositoryState(sandbox, dir)).toBe(before);
  });
});
