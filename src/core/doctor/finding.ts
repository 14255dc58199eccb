import type { HookName } from '../init/layout.js';

/** What a hook's stageflow line must pass on from git: the message file, the remote's name and URL, the refs on stdin. */
export type LostInput = 'message-file' | 'remote-arguments' | 'stdin';

/**
 * How to turn the hooks on: run the prepare script (`stageflow install-hooks`); or first install
 * husky (npm runs prepare then), with plain `npm install` when package.json lists it already; or
 * set prepare up with init.
 */
export type TurnOn = 'prepare' | 'install' | 'install-husky' | 'init';

/** One thing that keeps the hooks from running. Rendered by src/messages/doctor-text.ts. */
export type Finding =
  | { kind: 'not-a-repository'; cwd: string }
  | { kind: 'no-package-json'; cwd: string }
  /** core.hooksPath sends git to another folder (husky's `.husky/_`, another tool's), so the runner never runs. */
  | { kind: 'hooks-path-elsewhere'; actual: string; expected: string; turnOn: TurnOn }
  | { kind: 'runner-missing'; hooks: HookName[]; paths: string[]; turnOn: TurnOn }
  | { kind: 'runner-not-executable'; hook: HookName; path: string }
  | {
      kind: 'hook-line-input';
      hook: HookName;
      path: string;
      lineNumber: number;
      line: string;
      lost: LostInput;
      fixed: string;
    }
  /** husky's stub (or anything else) where stageflow's runner belongs: no check on a checkout without `.husky/<hook>`. */
  | { kind: 'runner-not-stageflow'; hooks: HookName[]; paths: string[]; turnOn: TurnOn }
  /** A `.husky/pre-push` run by husky's stub, where a command before stageflow's line reads git's ref lines first. */
  | { kind: 'pre-push-starved'; path: string; reader: string; line: string }
  | { kind: 'binary-missing'; hooks: HookName[]; command: string; packagePath: string; listed: boolean }
  | { kind: 'config-invalid'; message: string }
  | { kind: 'husky-disabled-env' }
  | { kind: 'husky-disabled-init'; path: string };

/** Worth knowing, not a failure: exit code stays 0. */
export type Advice =
  | { kind: 'gui-clients'; initSh: string }
  /** Hooks of `.git/hooks` that do not run (stageflow's runner took their place): a warning, since they may be deliberate leftovers. */
  | { kind: 'git-hooks-off'; dir: string; names: string[]; huskyDir: string }
  /** `.husky/<hook>` still calls stageflow (an older init): the runner checks already, so the line only costs a node start. */
  | { kind: 'leftover-line'; path: string; line: string };

export interface Diagnosis {
  findings: Finding[];
  advice: Advice[];
}
