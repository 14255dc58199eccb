import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runProgram } from '../../src/init/run-program.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie waiting to be reaped has finished running.
  return /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] !== 'Z';
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('runProgram', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stageflow-run-program-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stops a program and the child holding its output at the timeout, and says so', { timeout: 30_000 }, async () => {
    // Like npm running a script: the child inherits the output pipes and would keep them open.
    const script = `echo started; sleep 300 & echo $! > sleep.pid; wait`;
    const result = await runProgram('sh', ['-c', script], { cwd: dir, timeoutMs: 500 });
    expect(result.code).toBe(128);
    expect(result.output).toContain('started');
    expect(result.output).toContain('(stopped by SIGTERM after 0.5 s)');
    const sleeper = Number(readFileSync(join(dir, 'sleep.pid'), 'utf8'));
    await until(() => !isRunning(sleeper));
    expect(isRunning(sleeper)).toBe(false);
  });

  it('returns the output and exit code of a program that finishes', async () => {
    const result = await runProgram('sh', ['-c', 'echo out; echo err >&2; exit 3'], { cwd: dir, timeoutMs: 10_000 });
    expect(result).toEqual({ code: 3, output: expect.stringMatching(/out\n[\s\S]*err\n|err\n[\s\S]*out\n/) });
  });
});
