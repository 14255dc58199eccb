import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Command } from '../cli/command.js';
import { loadConfig } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { warningsText } from '../messages/config-text.js';

const USAGE = `Usage: stageflow config [--json] [--project <dir>]

Prints the effective config (your settings over the defaults) and the file it comes from:
.stageflowrc.json, else the "stageflow" key of package.json, looked up from <dir> (default: here)
up to the repository root. --json prints the config alone.
`;

export const run: Command = async (args, context) => {
  let values: { json?: boolean; help?: boolean; project?: string };
  try {
    ({ values } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, project: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError(`stageflow config: ${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return { code: ExitCode.ok, stdout: USAGE };
  const loaded = await loadConfig(resolve(context.cwd, values.project ?? '.'));
  const json = JSON.stringify(loaded.config, null, 2);
  const warnings = warningsText(loaded.warnings);
  if (values.json) return { code: ExitCode.ok, stdout: `${json}\n`, stderr: warnings };
  const source = loaded.source ?? 'no config file found: the defaults apply';
  return { code: ExitCode.ok, stdout: `# source: ${source}\n${json}\n`, stderr: warnings };
};
