import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerScript } from '../core/hooks/runner-script.js';
import { HOOK_NAMES, type Layout } from '../core/init/layout.js';
import { cannotStartText } from '../messages/runner-text.js';
import { activateHooks } from './activate-hooks.js';

/**
 * What the prepare script does on every npm install: husky points core.hooksPath at
 * `<husky dir>/_` and writes its stubs there; then stageflow's runner replaces the stubs of the
 * hooks stageflow guards. Returns husky's complaint, or undefined when both went well.
 */
export async function installRunner(huskyBin: string, topLevel: string, layout: Layout): Promise<string | undefined> {
  const husky = await activateHooks(huskyBin, topLevel, layout);
  if (husky.code !== 0 || husky.output.trim() !== '') return husky.output || `husky exited with code ${husky.code}`;
  writeRunners(topLevel, layout);
  return undefined;
}

function writeRunners(topLevel: string, layout: Layout): void {
  const cli = cliAsSeenFrom(topLevel, join(topLevel, layout.packagePath));
  const dir = join(topLevel, layout.hooksPath);
  mkdirSync(dir, { recursive: true });
  for (const hook of HOOK_NAMES) {
    const path = join(dir, hook);
    writeFileSync(
      path,
      runnerScript({ hook, cli, packagePath: layout.packagePath, cannotStart: cannotStartText(hook, cli) }),
    );
    chmodSync(path, 0o755);
  }
}

/**
 * The package's own `node_modules/.bin/stageflow`, where npm puts it (init may run from elsewhere:
 * a global install, npx's cache); else the stageflow that runs (this repository's `dist/cli.js`).
 * Relative to the git root when inside it, so it still works after the clone moves; and when
 * `node_modules` is gone, the runner stops with its message.
 */
function cliAsSeenFrom(topLevel: string, packageDir: string): string {
  const bin = join(packageDir, 'node_modules', '.bin', 'stageflow');
  const cli = existsSync(bin) ? bin : (process.argv[1] ?? join(dirname(fileURLToPath(import.meta.url)), 'cli.js'));
  const inside = relative(topLevel, cli);
  return inside.startsWith('..') || isAbsolute(inside) ? cli : inside.split(sep).join('/');
}
