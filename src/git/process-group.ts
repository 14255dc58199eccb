import type { ChildProcess } from 'node:child_process';

// A child spawned with `detached: true` leads a process group of its own: stopping the group stops
// whatever it started too (git's ssh, npm's scripts), which would otherwise hold its pipes open.

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Signals the whole process group led by `pid`; a group already gone is fine. */
function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing of it is left.
  }
}

/**
 * A group of its own is also out of reach of the terminal's Ctrl-C: while it runs, an interrupt of
 * stageflow stops the group, then stageflow itself as the signal would have. Returns the undo.
 */
function stopGroupOnInterrupt(pid: number | undefined): () => void {
  const handlers = INTERRUPTS.map((signal) => {
    const handler = () => {
      killGroup(pid, 'SIGKILL');
      undo();
      process.kill(process.pid, signal);
    };
    process.once(signal, handler);
    return { signal, handler };
  });
  const undo = () => {
    for (const { signal, handler } of handlers) process.removeListener(signal, handler);
  };
  return undo;
}

const KILL_GRACE_MS = 1000;
const DRAIN_MS = 1000;

export interface BoundedGroup {
  /** Whether the time ran out and the group was stopped. */
  timedOut: () => boolean;
  /** Stops the group now (SIGTERM). */
  stop: () => void;
  /** Clears the timers and the interrupt handlers: call it once the child is settled. */
  release: () => void;
}

/**
 * Bounds a child spawned with `detached: true`: when `timeoutMs` runs out its whole group gets
 * SIGTERM, then SIGKILL. Once the child has exited, pipes still held by what it started are let go
 * (at once after a timeout, else after a moment to read what it wrote) and `settle` is called, so
 * an orphaned ssh or npm script cannot keep the caller waiting. `settle` may also come from the
 * caller's own 'close' handler first; the caller guards against settling twice.
 */
export function boundGroup(
  child: ChildProcess,
  timeoutMs: number,
  settle: (code: number | null, signal: NodeJS.Signals | null) => void,
): BoundedGroup {
  let timedOut = false;
  let released = false;
  const timers: NodeJS.Timeout[] = [];
  const later = (run: () => void, ms: number) => {
    if (!released) timers.push(setTimeout(run, ms));
  };
  const stop = () => killGroup(child.pid, 'SIGTERM');
  const releaseInterrupt = stopGroupOnInterrupt(child.pid);
  later(() => {
    timedOut = true;
    stop();
    // Whatever ignores SIGTERM does not outlive this.
    later(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
  }, timeoutMs);
  const letGo = () => {
    child.stdout?.destroy();
    child.stderr?.destroy();
  };
  child.on('exit', (code, signal) => {
    if (timedOut) {
      killGroup(child.pid, 'SIGKILL');
      letGo();
      return settle(code, signal);
    }
    later(() => {
      letGo();
      settle(code, signal);
    }, DRAIN_MS);
  });
  return {
    timedOut: () => timedOut,
    stop,
    release: () => {
      released = true;
      releaseInterrupt();
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
