import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Sandbox } from './sandbox.js';

export interface GitCounter {
  /** The folder holding the counting `git`, to put first on PATH. */
  dir: string;
  /** One line per git call: its arguments, space-joined. */
  log: string;
  /** The environment that makes a run use the counting `git`. */
  env: NodeJS.ProcessEnv;
  /** Empties the log, before the run whose calls are counted. */
  reset(): void;
  /** The calls logged since the last reset. */
  calls(): string[];
}

/** A `git` placed first on PATH that logs its arguments to $STAGEFLOW_TEST_GIT_LOG and runs the real git. */
export function gitCounter(sandbox: Sandbox): GitCounter {
  const dir = sandbox.path('git-counter');
  mkdirSync(dir);
  const realGit = sandbox.run('sh', ['-c', 'command -v git']).stdout.trim();
  const wrapper = join(dir, 'git');
  writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> "$STAGEFLOW_TEST_GIT_LOG"\nexec '${realGit}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const log = join(dir, 'calls.log');
  return {
    dir,
    log,
    env: { PATH: `${dir}${delimiter}${sandbox.env.PATH ?? ''}`, STAGEFLOW_TEST_GIT_LOG: log },
    reset: () => writeFileSync(log, ''),
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}
