import { HOOK_NAMES, type HookName, type Layout } from './layout.js';
import { planGitignore } from './plan-gitignore.js';
import { type HookFileChange, planHookFile } from './plan-hook-file.js';
import { type PackageJsonChange, planPackageJson } from './plan-package-json.js';

/** What init found, gathered by src/init/gather-init-facts.ts. Paths are relative to the git root. */
export interface InitFacts {
  layout: Layout;
  packageJson: string;
  /** The current text of each `.husky/<hook>`, undefined when missing. */
  hookFiles: Record<HookName, string | undefined>;
  /** Whether git runs hooks from its own folder and stageflow's runner for every hook is there. */
  active: boolean;
  /** The text of .gitignore at the git root, undefined when missing. */
  gitignore: string | undefined;
}

export interface FileWrite {
  /** Relative to the git root. */
  path: string;
  /** undefined: the file is deleted. */
  content: string | undefined;
  executable: boolean;
}

export interface InitPlan {
  packageChanges: PackageJsonChange[];
  hookChanges: { hook: HookName; path: string; change: HookFileChange }[];
  writes: FileWrite[];
  missingPackages: string[];
  /** install-hooks must run to write the runner and point git at it in this clone. */
  activate: boolean;
  /** .gitignore gets a node_modules/ line (it had none). */
  ignoreNodeModules: boolean;
}

export function planInit(facts: InitFacts): InitPlan {
  const { layout } = facts;
  const packagePath = layout.packagePath === '' ? 'package.json' : `${layout.packagePath}/package.json`;
  const pkg = planPackageJson(facts.packageJson, layout);
  const writes: FileWrite[] = [];
  if (pkg.content !== facts.packageJson) writes.push({ path: packagePath, content: pkg.content, executable: false });

  const hookChanges = HOOK_NAMES.map((hook) => {
    const path = `${layout.huskyDir}/${hook}`;
    const planned = planHookFile(facts.hookFiles[hook], hook, layout);
    if (planned.change.kind !== 'unchanged') writes.push({ path, content: planned.content, executable: true });
    return { hook, path, change: planned.change };
  });

  const gitignore = planGitignore(facts.gitignore);
  if (gitignore !== undefined) writes.push({ path: '.gitignore', content: gitignore, executable: false });

  const activate = !facts.active;
  return {
    packageChanges: pkg.changes,
    hookChanges,
    writes,
    missingPackages: pkg.missingPackages,
    activate,
    ignoreNodeModules: gitignore !== undefined,
  };
}

/** Whether running the plan would change anything at all (the second `init` changes nothing). */
export function planChangesSomething(plan: InitPlan): boolean {
  return plan.writes.length > 0 || plan.activate;
}
