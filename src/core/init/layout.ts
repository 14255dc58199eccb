import { shellQuote } from '../shell-quote.js';

export const HOOK_NAMES = ['pre-commit', 'pre-merge-commit', 'commit-msg', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** The prepare script: runs husky, then writes stageflow's hook runner (src/init/install-runner.ts). */
export const PREPARE_COMMAND = 'stageflow install-hooks';

/**
 * Where things go for a package at `packagePath` (posix, relative to the git root; '' at the root).
 * husky 9 must run at the git root (it checks for `.git` there) and refuses paths with `..`:
 * `stageflow install-hooks` runs it from there with the husky directory of the package.
 */
export interface Layout {
  packagePath: string;
  /** The husky directory, relative to the git root. */
  huskyDir: string;
  /** What core.hooksPath must say. */
  hooksPath: string;
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
      hooksPath: '.husky/_',
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
    hooksPath: `${huskyDir}/_`,
    prepareCommand: PREPARE_COMMAND,
    legacyPrepareCommand: `cd ${up} && husky ${shellQuote(huskyDir)}`,
  };
}
