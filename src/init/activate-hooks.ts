import type { Layout } from '../core/init/layout.js';
import { type ProgramResult, runProgram } from './run-program.js';

/**
 * Runs husky the way the prepare script does (from the git root, with the husky directory), so this
 * clone's core.hooksPath points at husky's runner now rather than after the next `npm install`.
 */
export function activateHooks(huskyBin: string, topLevel: string, layout: Layout): Promise<ProgramResult> {
  return runProgram(process.execPath, [huskyBin, layout.huskyDir], { cwd: topLevel, timeoutMs: 30_000 });
}

/** `npm install -D <packages>`; asked for with `init --install`. */
export function installPackages(packageDir: string, packages: readonly string[]): Promise<ProgramResult> {
  return runProgram('npm', ['install', '-D', '--no-audit', '--no-fund', ...packages], {
    cwd: packageDir,
    timeoutMs: 600_000,
  });
}
