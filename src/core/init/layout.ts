import { shellQuote } from '../shell-quote.js';

export const HOOK_NAMES = ['pre-commit', 'pre-merge-commit', 'commit-msg', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/**
 * Where things go for a package at `packagePath` (posix, relative to the git root; '' at the root).
 * husky 9 must run at the git root (it checks for `.git` there) and refuses paths with `..`, so a
 * package below the root uses husky's documented form: `cd .. && husky frontend/.husky`.
 */
export interface Layout {
  packagePath: string;
  /** The husky directory, relative to the git root. */
  huskyDir: string;
  /** What core.hooksPath must say. */
  hooksPath: string;
  /** The husky command the prepare script runs. */
  prepareCommand: string;
  /** How a hook (run by git with cwd = the git root) calls stageflow. */
  binary: string;
  /** `--project <dir>` for hooks of a package below the root, else ''. */
  projectOption: string;
}

export function layoutFor(packagePath: string): Layout {
  if (packagePath === '') {
    return { packagePath, huskyDir: '.husky', hooksPath: '.husky/_', prepareCommand: 'husky', binary: 'stageflow', projectOption: '' };
  }
  const up = packagePath.split('/').map(() => '..').join('/');
  const huskyDir = `${packagePath}/.husky`;
  return {
    packagePath,
    huskyDir,
    hooksPath: `${huskyDir}/_`,
    prepareCommand: `cd ${up} && husky ${shellQuote(huskyDir)}`,
    // husky puts node_modules/.bin (relative to the git root) on PATH; the package's own lies below.
    binary: shellQuote(`${packagePath}/node_modules/.bin/stageflow`),
    projectOption: ` --project ${shellQuote(packagePath)}`,
  };
}
