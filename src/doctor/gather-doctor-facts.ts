import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { DoctorFacts, FileState, HookState } from '../core/doctor/facts.js';
import { findHookLine } from '../core/hooks/parse-hook-line.js';
import { isStageflowRunner } from '../core/hooks/runner-script.js';
import { HOOK_NAMES, type Layout, layoutFor } from '../core/init/layout.js';
import { REQUIRED_PACKAGES } from '../core/init/plan-package-json.js';
import { shownPath } from '../core/shown-path.js';
import { StageflowError } from '../errors.js';
import { isExecutable, readText } from '../fs/read-file-state.js';
import { readHooksFolders } from '../git/hooks-folder.js';
import { findTopLevel } from '../git/work-tree-location.js';
import { findGitHooks } from '../init/find-git-hooks.js';
import { findHuskyBin, findPackageDir, posixRelative } from '../init/find-package.js';

const VERSION_MANAGERS =
  /[/\\](\.nvm|\.fnm|fnm_multishells|\.volta|\.asdf|\.nodenv|\.nodebrew|n[/\\]versions|\.local[/\\]share[/\\]mise)[/\\]/;

export async function gatherDoctorFacts(cwd: string, env: NodeJS.ProcessEnv): Promise<DoctorFacts> {
  const initShPath = join(env.XDG_CONFIG_HOME || join(env.HOME ?? '~', '.config'), 'husky', 'init.sh');
  const initShText = readText(initShPath);
  const base = {
    cwd,
    huskyEnv: env.HUSKY,
    initSh: {
      path: initShPath,
      exists: initShText !== undefined,
      disablesHusky: /^\s*(export\s+)?HUSKY=["']?0/m.test(initShText ?? ''),
    },
    nodeFromVersionManager: VERSION_MANAGERS.test(process.execPath),
  };
  const none = {
    topLevel: undefined,
    packagePath: undefined,
    prepare: undefined,
    huskyInstalled: false,
    listedPackages: [],
    gitHooks: { dir: '.git/hooks', names: [] },
    runnerDir: '.git/hooks',
    hooksPath: undefined,
    hooks: [],
    configProblem: undefined,
  };
  const topLevel = await findTopLevel(cwd);
  if (topLevel === undefined) return { ...base, ...none };
  const folders = await readHooksFolders(topLevel);
  const runnerDir = shownPath(topLevel, folders.runnerDir);
  const { hooksPath } = folders;
  const packageDir = findPackageDir(cwd, topLevel) ?? packageOfRunner(topLevel, folders.runnerDir);
  if (packageDir === undefined) return { ...base, ...none, topLevel, runnerDir, hooksPath };

  const layout = layoutFor(posixRelative(topLevel, packageDir));
  const [configProblem, gitHooks] = await Promise.all([configProblemOf(packageDir), findGitHooks(topLevel)]);
  const json = packageJsonOf(packageDir);
  return {
    ...base,
    topLevel,
    packagePath: layout.packagePath,
    prepare: json.scripts?.prepare,
    huskyInstalled: findHuskyBin(packageDir, topLevel) !== undefined,
    listedPackages: REQUIRED_PACKAGES.filter((name) => name in { ...json.dependencies, ...json.devDependencies }),
    gitHooks,
    runnerDir,
    hooksPath,
    hooks: HOOK_NAMES.map((hook) => hookState(topLevel, folders.gitRunsFrom, layout, hook)),
    configProblem,
  };
}

function hookState(topLevel: string, hooksDir: string, layout: Layout, hook: HookState['hook']): HookState {
  const script = {
    ...fileState(topLevel, `${layout.huskyDir}/${hook}`),
    text: readText(join(topLevel, layout.huskyDir, hook)),
  };
  const runnerPath = join(hooksDir, hook);
  const runnerText = readText(runnerPath);
  const stageflow = isStageflowRunner(runnerText);
  // The runner of pre-commit starts no stageflow; the others name the script they start.
  const line = stageflow && runnerText !== undefined ? findHookLine(runnerText, hook) : undefined;
  const cli =
    line === undefined ? undefined : { path: line.command, found: existsSync(resolve(topLevel, line.command)) };
  const runner = {
    path: shownPath(topLevel, runnerPath),
    exists: existsSync(runnerPath),
    executable: isExecutable(runnerPath),
    stageflow,
    cli,
  };
  return { hook, runner, script };
}

/** At the root of a monorepo, the runner's `--project frontend` names the package that installed it. */
function packageOfRunner(topLevel: string, runnerDir: string): string | undefined {
  const text = readText(join(runnerDir, 'commit-msg'));
  const project = text === undefined ? undefined : findHookLine(text, 'commit-msg')?.project;
  const dir = project === undefined ? undefined : resolve(topLevel, project);
  return dir !== undefined && existsSync(join(dir, 'package.json')) ? dir : undefined;
}

async function configProblemOf(packageDir: string): Promise<string | undefined> {
  try {
    await loadConfig(packageDir);
    return undefined;
  } catch (error) {
    if (error instanceof StageflowError) return error.message;
    throw error;
  }
}

interface PackageJson {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function packageJsonOf(packageDir: string): PackageJson {
  try {
    const json = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as unknown;
    return typeof json === 'object' && json !== null ? (json as PackageJson) : {};
  } catch {
    return {};
  }
}

function fileState(topLevel: string, path: string): FileState {
  const full = join(topLevel, path);
  return { path, exists: existsSync(full), executable: isExecutable(full) };
}
