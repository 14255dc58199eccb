import { spawn } from 'node:child_process';

export interface ProgramResult {
  code: number;
  output: string;
}

/**
 * Runs a program (npm, husky) with its arguments as an array, never through a shell. Standard input
 * is closed so that nothing can wait for an answer; `timeoutMs` stops it for good.
 */
export function runProgram(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<ProgramResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, output: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString('utf8');
      resolve({ code: code ?? 128, output: signal ? `${output}\n(stopped by ${signal} after ${options.timeoutMs / 1000} s)` : output });
    });
  });
}
