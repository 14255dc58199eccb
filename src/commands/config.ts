import { resolve } from 'node:path';
import type { Command } from '../cli/command.js';
import { parseCommandArgs } from '../cli/parse-command-args.js';
import { loadConfig } from '../config/load-config.js';
import { ExitCode } from '../exit-codes.js';
import { CONFIG_USAGE, warningsText } from '../messages/config-text.js';

export const run: Command = async (args, context) => {
  const { values } = parseCommandArgs('config', CONFIG_USAGE, {
    args,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, project: { type: 'string' } },
  });
  if (values.help) return { code: ExitCode.ok, stdout: CONFIG_USAGE };
  const loaded = await loadConfig(resolve(context.cwd, values.project ?? '.'));
  const json = JSON.stringify(loaded.config, null, 2);
  const warnings = warningsText(loaded.warnings);
  if (values.json) return { code: ExitCode.ok, stdout: `${json}\n`, stderr: warnings };
  const source = loaded.source ?? 'no config file found: the defaults apply';
  return { code: ExitCode.ok, stdout: `# source: ${source}\n${json}\n`, stderr: warnings };
};
