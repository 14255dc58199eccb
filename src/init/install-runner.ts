import { chmodSync, existsSync, lstatSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStageflowRunner, runnerScript } from '../core/hooks/runner-script.js';
import { isChecked, KEPT_ASIDE_SUFFIX, type Layout, TEAM_HOOK_NAMES } from '../core/init/layout.js';
import { shownPath } from '../core/shown-path.js';
import { isFile, readText } from '../fs/read-file-state.js';
import { pointGitAtRunnerDir } from '../git/hooks-folder.js';
import { cannotStartText } from '../messages/runner-text.js';
import { activateHooks } from './activate-hooks.js';

/** The hooks of git's folder renamed `<hook>.pre-stageflow`, or husky's complaint. */
export type InstallOutcome = { ok: true; keptAside: string[] } | { ok: false; problem: string };

/**
 * What the prepare script does on every npm install: husky sets up its `.husky/_` (for team files
 * that still source husky.sh), then stageflow's runner is written into git's own hooks folder and
 * git is pointed back at it. A hook someone had there is renamed `<hook>.pre-stageflow`, never
 * overwritten.
 */
export async function installRunner(huskyBin: string, topLevel: string, layout: Layout): Promise<InstallOutcome> {
  const husky = await activateHooks(huskyBin, topLevel, layout);
  if (husky.code !== 0 || husky.output.trim() !== '')
    return { ok: false, problem: husky.output || `husky exited with code ${husky.code}` };
  const { runnerDir } = await pointGitAtRunnerDir(topLevel);
  return { ok: true, keptAside: writeRunners(topLevel, runnerDir, layout) };
}

function writeRunners(topLevel: string, dir: string, layout: Layout): string[] {
  const { cli, viaNode } = cliAsSeenFrom(topLevel, join(topLevel, layout.packagePath));
  mkdirSync(dir, { recursive: true });
  const keptAside: string[] = [];
  for (const hook of TEAM_HOOK_NAMES) {
    const path = join(dir, hook);
    if (isFile(path) && !isStageflowRunner(readText(path))) keptAside.push(keepAside(path));
    const check = isChecked(hook)
      ? { cli, viaNode, packagePath: layout.packagePath, cannotStart: cannotStartText(hook, cli) }
      : undefined;
    writeFileSync(path, runnerScript({ hook, teamFile: `${layout.huskyDir}/${hook}`, check }));
    chmodSync(path, 0o755);
  }
  return keptAside;
}

/** `<hook>.pre-stageflow`, or `.pre-stageflow.2`... when an earlier one is there. */
function keepAside(path: string): string {
  let target = `${path}${KEPT_ASIDE_SUFFIX}`;
  for (let n = 2; existsSync(target); n++) target = `${path}${KEPT_ASIDE_SUFFIX}.${n}`;
  renameSync(path, target);
  return target;
}

/**
 * The package's own `node_modules/.bin/stageflow`, where npm puts it (init may run from elsewhere:
 * a global install, npx's cache); else the stageflow that runs (this repository's `dist/cli.js`).
 * Relative to the root of the working tree when inside it, so that every worktree starts its own
 * and the clone can move; when `node_modules` is gone, the runner stops with its message. npm's
 * bin is a symlink to the script, which node starts at once; pnpm's is a shell shim, run as it is.
 */
function cliAsSeenFrom(topLevel: string, packageDir: string): { cli: string; viaNode: boolean } {
  const bin = join(packageDir, 'node_modules', '.bin', 'stageflow');
  const found = existsSync(bin);
  const cli = found ? bin : (process.argv[1] ?? join(dirname(fileURLToPath(import.meta.url)), 'cli.js'));
  return {
    cli: shownPath(topLevel, cli),
    viaNode: !found || lstatSync(bin).isSymbolicLink(),
  };
}
