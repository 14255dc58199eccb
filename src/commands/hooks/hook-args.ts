import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';

export interface HookArgs {
  positionals: string[];
  /** Where the config is looked up: `--project <dir>`, for a package below the git root. */
  projectDir: string;
}

export function parseHookArgs(hook: string, args: string[], cwd: string): HookArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { project: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    return { positionals, projectDir: resolve(cwd, values.project ?? '.') };
  } catch (error) {
    throw new UsageError(`stageflow: ${hook}: ${(error as Error).message}\n  Usage: stageflow hook ${hook} [--project <dir>] ...`);
  }
}
