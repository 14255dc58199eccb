// A child spawned with `detached: true` leads a process group of its own: stopping the group stops
// whatever it started too (git's ssh, npm's scripts), which would otherwise hold its pipes open.

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Signals the whole process group led by `pid`; a group already gone is fine. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
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
export function stopGroupOnInterrupt(pid: number | undefined): () => void {
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
