import { spawn } from 'node:child_process';
import { boundGroup } from '../git/process-group.js';

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
export function runProgram(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<ProgramResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let settled = false;
    const finish = (result: ProgramResult) => {
      if (settled) return;
      settled = true;
      group.release();
      resolve(result);
    };
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const stoppedNote = group.timedOut()
        ? `\n(stopped by ${signal ?? 'SIGTERM'} after ${options.timeoutMs / 1000} s)`
        : '';
      finish({ code: code ?? 128, output: output + stoppedNote });
    };
    const group = boundGroup(child, options.timeoutMs, done);
    child.on('error', (error) => finish({ code: 127, output: error.message }));
    child.on('close', done);
  });
}
