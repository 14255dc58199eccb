import { spawn } from 'node:child_process';
import { StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { boundGroup } from './process-group.js';

export interface GitOptions {
  cwd?: string;
  /** Written to git's standard input. */
  input?: string;
  /**
   * Drop GIT_DIR, GIT_INDEX_FILE, GIT_WORK_TREE and friends that a hook inherits from git,
   * so that git acts on the repository at `cwd`, not the one that ran the hook.
   */
  isolate?: boolean;
  /**
   * Stop git after this long and resolve with `timedOut`. git then runs in a process group of its
   * own, and the whole group is killed: an ssh it started would otherwise keep the pipes open.
   */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /**
   * Receives standard output piece by piece as git writes it (then `stdout` stays empty), so the
   * caller works while git is still running. If it throws, git is stopped and runGit rejects.
   */
  onStdout?: (chunk: Buffer) => void;
  /** Stops git when aborted; runGit then rejects. */
  signal?: AbortSignal;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_PREFIX',
  'GIT_NAMESPACE',
];

/**
 * The one door to git. Arguments go to git as an array, never through a shell, so branch names
 * and messages are data. Resolves with git's exit code; rejects only when git cannot be started.
 */
export function runGit(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const env = { ...(options.env ?? process.env) };
  if (options.isolate) for (const name of REPOSITORY_VARIABLES) delete env[name];

  return new Promise((resolve, reject) => {
    const bounded = options.timeoutMs !== undefined;
    // detached: its own process group (and session), so that a timeout reaches ssh and its children too.
    // No input: git reads /dev/null, and node builds no pipe and stream for it (a hook starts several gits).
    const stdin = options.input === undefined ? 'ignore' : 'pipe';
    const child = spawn('git', args, {
      cwd: options.cwd,
      env,
      stdio: [stdin, 'pipe', 'pipe'],
      detached: bounded,
      signal: options.signal,
    });
    // Piped, so never null.
    const [out, err] = [child.stdout!, child.stderr!];
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    let failed: { error: unknown } | undefined;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      group?.release();
      if (failed) return reject(failed.error);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut: group?.timedOut() ?? false,
      });
    };
    const group = bounded ? boundGroup(child, options.timeoutMs!, finish) : undefined;
    const stop = () => (group ? group.stop() : child.kill('SIGTERM'));
    out.on('data', (chunk: Buffer) => {
      if (!options.onStdout) return void stdout.push(chunk);
      if (failed) return;
      try {
        options.onStdout(chunk);
      } catch (error) {
        failed = { error };
        stop();
      }
    });
    err.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin?.on('error', () => {
      // git may exit before reading all input (a bad argument); its exit code tells the story.
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      settled = true;
      group?.release();
      reject(
        error.code === 'ENOENT'
          ? new StageflowError('git was not found on PATH; install git or fix PATH', ExitCode.internal)
          : error,
      );
    });
    child.on('close', finish);
    child.stdin?.end(options.input);
  });
}

/** runGit for commands that must succeed: a failure becomes an error carrying git's own words. */
export async function gitOutput(args: readonly string[], options: GitOptions = {}): Promise<string> {
  const result = await runGit(args, options);
  if (result.code !== 0) {
    throw new StageflowError(
      `git ${args[0]} failed: ${result.stderr.trim() || `exit code ${result.code}`}`,
      ExitCode.internal,
    );
  }
  return result.stdout;
}
