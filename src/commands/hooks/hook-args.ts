import { resolve } from 'node:path';
import { parseCommandArgs } from '../parse-command-args.js';

export interface HookArgs {
  positionals: string[];
  /** Where the config is looked up: `--project <dir>`, for a package below the git root. */
  projectDir: string;
}

export function parseHookArgs(hook: string, args: string[], cwd: string): HookArgs {
  const { values, positionals } = parseCommandArgs(hook, `  Usage: stageflow hook ${hook} [--project <dir>] ...`, {
    args,
    options: { project: { type: 'string' } },
    allowPositionals: true,
  });
  return { positionals, projectDir: resolve(cwd, values.project ?? '.') };
}
