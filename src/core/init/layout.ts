import { shellQuote } from '../shell-quote.js';

export const HOOK_NAMES = ['pre-commit', 'pre-merge-commit', 'commit-msg', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/**
 * Every hook husky runs a team's `.husky/<hook>` for: the runner folder has a file for each, so a
 * team's post-merge or prepare-commit-msg keeps running as it did under husky.
 */
export const TEAM_HOOK_NAMES = [
  'pre-commit',
  'pre-merge-commit',
  'prepare-commit-msg',
  'commit-msg',
  'post-commit',
  'applypatch-msg',
  'pre-applypatch',
  'post-applypatch',
  'pre-rebase',
  'post-rewrite',
  'post-checkout',
  'post-merge',
  'pre-push',
  'pre-auto-gc',
] as const;
export type TeamHookName = (typeof TEAM_HOOK_NAMES)[number];

/** What npm install renames a hook of git's folder that is not stageflow's to, so that nothing is lost. */
export const KEPT_ASIDE_SUFFIX = '.pre-stageflow';
const KEPT_ASIDE = /\.pre-stageflow(\.\d+)?$/;

export function isKeptAside(name: string): boolean {
  return KEPT_ASIDE.test(name);
}

/** The git hook a file of git's folder is or was: `pre-push.pre-stageflow` was `pre-push`. */
export function hookOfGitFile(name: string): string {
  return name.replace(KEPT_ASIDE, '');
}

/** Whether stageflow checks this hook (its runner starts stageflow), not only runs the team's file. */
export function isChecked(hook: TeamHookName): hook is HookName {
  return (HOOK_NAMES as readonly string[]).includes(hook);
}

/** The prepare script: runs husky, then writes stageflow's hook runner (src/init/install-runner.ts). */
export const PREPARE_COMMAND = 'stageflow install-hooks';

/**
 * Where things go for a package at `packagePath` (posix, relative to the git root; '' at the root).
 * husky 9 must run at the git root (it checks for `.git` there) and refuses paths with `..`:
 * `stageflow install-hooks` runs it from there with the husky directory of the package.
 */
export interface Layout {
  packagePath: string;
  /** The husky directory, relative to the git root: the team's own `<huskyDir>/<hook>` files. */
  huskyDir: string;
  /** The prepare script init writes. */
  prepareCommand: string;
  /** The prepare script of stageflow before its runner (husky alone), which init replaces. */
  legacyPrepareCommand: string;
}

export function layoutFor(packagePath: string): Layout {
  if (packagePath === '') {
    return {
      packagePath,
      huskyDir: '.husky',
      prepareCommand: PREPARE_COMMAND,
      legacyPrepareCommand: 'husky',
    };
  }
  const up = packagePath
    .split('/')
    .map(() => '..')
    .join('/');
  const huskyDir = `${packagePath}/.husky`;
  return {
    packagePath,
    huskyDir,
    prepareCommand: PREPARE_COMMAND,
    legacyPrepareCommand: `cd ${up} && husky ${shellQuote(huskyDir)}`,
  };
}
