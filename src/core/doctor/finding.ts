import type { HookName } from '../init/layout.js';

/** One thing that keeps the hooks from running. Rendered by src/messages/doctor-text.ts. */
export type Finding =
  | { kind: 'not-a-repository'; cwd: string }
  | { kind: 'no-package-json'; cwd: string }
  | { kind: 'hooks-path-unset'; expected: string; prepareRunsHusky: boolean }
  | { kind: 'hooks-path-elsewhere'; actual: string; expected: string; prepareRunsHusky: boolean }
  | { kind: 'worktree-not-installed'; worktree: string; hooksPath: string }
  | { kind: 'runner-missing'; hook: HookName; path: string; prepareRunsHusky: boolean }
  | { kind: 'runner-not-executable'; hook: HookName; path: string }
  | { kind: 'script-missing'; hook: HookName; path: string }
  | { kind: 'script-without-stageflow'; hook: HookName; path: string }
  | { kind: 'binary-missing'; hooks: HookName[]; command: string; packagePath: string }
  | { kind: 'config-invalid'; message: string }
  | { kind: 'husky-disabled-env' }
  | { kind: 'husky-disabled-init'; path: string };

/** Worth knowing, not a failure: exit code stays 0. */
export type Advice = { kind: 'gui-clients'; initSh: string };

export interface Diagnosis {
  findings: Finding[];
  advice: Advice[];
}
