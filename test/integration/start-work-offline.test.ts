import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { CLI, type Project, type Sandbox } from '../helpers/sandbox.js';

/** Runs the CLI without blocking the test (a hang must fail the test, not freeze the worker). */
function runAsync(
  sandbox: Sandbox,
  cwd: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie waiting to be reaped has finished running.
  const state = /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return state?.[1] !== 'Z';
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('start-work when the remote never answers over ssh', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;

  beforeEach(() => {
    ({ sandbox, project } = newProject({ stage: 'login' }));
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('gives up after fetchTimeoutMs, kills ssh and what it started, and carries on from local refs', {
    timeout: 60_000,
  }, async () => {
    // An "ssh" that starts a long child holding git's pipes and never answers: a host that drops packets.
    const pidFile = sandbox.path('sleep.pid');
    const fakeSsh = sandbox.path('fake-ssh');
    writeFileSync(fakeSsh, `#!/bin/sh\nsleep 300 &\necho $! > '${pidFile}'\nwait\n`);
    chmodSync(fakeSsh, 0o755);
    sandbox.gitOk(dir, 'config', 'core.sshCommand', fakeSsh);
    sandbox.gitOk(dir, 'remote', 'set-url', 'origin', 'ssh://git@unreachable.invalid/x.git');
    writeFileSync(join(dir, '.stageflowrc.json'), '{ "fetchTimeoutMs": 1000 }\n');

    const result = await runAsync(sandbox, dir, ['start-work', '--stage', 'login', '--change', 'x y']);

    expect(result.stderr).toContain('fetching origin…');
    expect(result.stdout).toContain(
      'could not fetch origin (it took too long); carrying on from the branches as last fetched.',
    );
    expect(result.stdout).toContain('Switched to work/jane-doe/x-y, started from stage/login');
    expect(result.code).toBe(0);
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/jane-doe/x-y');
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    await until(() => !isRunning(sleeper));
    expect(isRunning(sleeper)).toBe(false);
  });
});
