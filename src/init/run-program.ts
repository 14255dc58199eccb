import { spawn } from 'node:child_process';
import { killGroup, stopGroupOnInterrupt } from '../git/process-group.js';

export interface ProgramResult {
  code: number;
  output: string;
}

/**
 * Runs a program (npm, husky) with its arguments as an array, never through a shell. Standard input
 * is closed so that nothing can wait for an answer; `timeoutMs` stops it for good: it runs in a
 * process group of its own, and the whole group is killed, so that a child it started (npm's
 * scripts, git, ssh) can neither outlive it nor keep its output pipes open.
 */
export function runProgram(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<ProgramResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let stopped: NodeJS.Signals | undefined;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const release = stopGroupOnInterrupt(child.pid);
    timers.push(
      setTimeout(() => {
        stopped = 'SIGTERM';
        killGroup(child.pid, 'SIGTERM');
        timers.push(setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS));
      }, options.timeoutMs),
    );
    const finish = (result: ProgramResult) => {
      if (settled) return;
      settled = true;
      release();
      for (const timer of timers) clearTimeout(timer);
      resolve(result);
    };
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const by = signal ?? stopped;
      finish({ code: code ?? 128, output: by && stopped ? `${output}\n(stopped by ${by} after ${options.timeoutMs / 1000} s)` : output });
    };
    child.on('error', (error) => finish({ code: 127, output: error.message }));
    child.on('exit', (code, signal) => {
      if (stopped) {
        // Leave nothing of the group behind, and do not wait for pipes its orphans still hold.
        killGroup(child.pid, 'SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
        return done(code, signal);
      }
      // The program is gone; what it wrote is read within moments, so a pipe held longer is an orphan's.
      timers.push(
        setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          done(code, signal);
        }, DRAIN_MS),
      );
    });
    child.on('close', done);
  });
}

const KILL_GRACE_MS = 1000;
const DRAIN_MS = 1000;
