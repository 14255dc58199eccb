import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI, type Sandbox } from './sandbox.js';

let sessions = 0;

export interface TerminalOptions {
  columns?: number;
  rows?: number;
  /** How long waitFor and waitForExit poll before failing; generous, as CI machines are slow. */
  deadlineMs?: number;
  /** Set (or, as undefined, removed) over the sandbox's environment: `{ NO_COLOR: undefined }`. */
  env?: NodeJS.ProcessEnv;
}

/**
 * A real pseudo-terminal: the stageflow CLI running in a detached tmux session, driven by
 * send-keys and read by capture-pane. Each terminal has a tmux server of its own (`-L`), so
 * tests running side by side never share one.
 */
export class Terminal {
  private readonly socket: string;
  private readonly exitFile: string;
  private readonly deadlineMs: number;
  private readonly extraEnv: NodeJS.ProcessEnv;

  constructor(
    private readonly sandbox: Sandbox,
    cwd: string,
    args: readonly string[],
    options: TerminalOptions = {},
  ) {
    sessions += 1;
    this.socket = `stageflow-${process.pid}-${sessions}-${Math.random().toString(36).slice(2, 8)}`;
    this.exitFile = sandbox.path(`exit-code-${sessions}`);
    this.deadlineMs = options.deadlineMs ?? 30_000;
    this.extraEnv = options.env ?? {};
    // Closed with the sandbox, before its directory (which holds the tmux socket) is removed.
    sandbox.onCleanup(() => this.close());
    const conf = sandbox.path(`tmux-${sessions}.conf`);
    // remain-on-exit keeps the last screen readable after the CLI has exited.
    writeFileSync(conf, 'set -g remain-on-exit on\nset -g status off\n');
    const command = ['sh', '-c', '"$@"; echo $? > "$0"', this.exitFile, process.execPath, CLI, ...args];
    this.tmux(
      '-f',
      conf,
      'new-session',
      '-d',
      '-s',
      'cli',
      '-x',
      String(options.columns ?? 100),
      '-y',
      String(options.rows ?? 30),
      '-c',
      cwd,
      ...command,
    );
  }

  /** Presses keys by their tmux names: `Down`, `Up`, `Enter`, `BSpace`, `C-c`. */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'cli', ...keys);
  }

  /** Types text as it is. */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'cli', '-l', text);
  }

  /** The visible screen as text, trailing blank lines dropped. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'cli').replace(/\s+$/, '');
  }

  /** The visible screen with its colours and attributes as escape sequences (`capture-pane -e`). */
  screenWithEscapes(): string {
    return this.tmux('capture-pane', '-p', '-e', '-t', 'cli').replace(/\s+$/, '');
  }

  /** Polls the screen until it shows `expected`; fails with the last screen when the deadline passes. */
  async waitFor(expected: string | RegExp): Promise<string> {
    const deadline = Date.now() + this.deadlineMs;
    for (;;) {
      const screen = this.screen();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(expected)}; it shows:\n${screen}`);
      await sleep(50);
    }
  }

  /** Waits for the CLI to exit and returns its exit code. */
  async waitForExit(): Promise<number> {
    const deadline = Date.now() + this.deadlineMs;
    while (!existsSync(this.exitFile) || readFileSync(this.exitFile, 'utf8').trim() === '') {
      if (Date.now() > deadline) throw new Error(`the CLI did not exit; the terminal shows:\n${this.screen()}`);
      await sleep(50);
    }
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { env: this.env(), encoding: 'utf8' });
  }

  private env(): NodeJS.ProcessEnv {
    // The -L socket lives in the sandbox, so it goes with it even if a test dies midway.
    const env: NodeJS.ProcessEnv = { ...this.sandbox.env, TERM: 'xterm-256color', TMUX_TMPDIR: this.sandbox.root };
    delete env.TMUX;
    for (const [name, value] of Object.entries(this.extraEnv)) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    return env;
  }

  private tmux(...args: string[]): string {
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { env: this.env(), encoding: 'utf8' });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }
}
