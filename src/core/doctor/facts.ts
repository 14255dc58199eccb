import type { HookName } from '../init/layout.js';

export interface FileState {
  /** Relative to the git root. */
  path: string;
  exists: boolean;
  executable: boolean;
}

export interface HookState {
  hook: HookName;
  /** The file git runs (`.git/hooks/<hook>`, where npm install writes stageflow's runner, unless core.hooksPath says otherwise). */
  runner: FileState & {
    /** It is stageflow's runner, not husky's stub (which runs nothing when the checkout lacks `.husky/<hook>`). */
    stageflow: boolean;
    /** The stageflow script the runner starts and whether it is there (undefined: the runner starts none). */
    cli: { path: string; found: boolean } | undefined;
  };
  /** `.husky/<hook>`: the team's own lines, optional; the runner runs them first. */
  script: FileState & { text: string | undefined };
}
/** What doctor found out, gathered by src/doctor/gather-doctor-facts.ts. */
export interface DoctorFacts {
  cwd: string;
  topLevel: string | undefined;
  /** Posix path of the package below the git root ('' at the root); undefined when there is no package.json. */
  packagePath: string | undefined;
  prepare: string | undefined;
  /** husky's package is in node_modules (the package's, or a parent's up to the git root). */
  huskyInstalled: boolean;
  /** Which of husky and stageflow package.json lists in dependencies or devDependencies. */
  listedPackages: string[];
  /** git's own hooks folder (`.git/hooks`, relative to the git root when inside it), where npm install writes the runner. */
  runnerDir: string;
  /** core.hooksPath, when it sends git elsewhere than runnerDir; undefined when git runs the hooks of runnerDir. */
  hooksPath: string | undefined;
  hooks: HookState[];
  /** The invalid-config message of loadConfig, when the config is invalid. */
  configProblem: string | undefined;
  huskyEnv: string | undefined;
  initSh: { path: string; exists: boolean; disablesHusky: boolean };
  /** node runs from nvm, fnm, volta, asdf...: GUI git clients may not find it. */
  nodeFromVersionManager: boolean;
  /** Hooks of git's own folder that do not run: someone else's, or renamed `<hook>.pre-stageflow` by npm install. */
  gitHooks: { dir: string; names: string[] };
}
