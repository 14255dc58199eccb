import type { Command } from '../cli/command.js';
import { loadConfig } from '../config/load-config.js';
import { ExitCode } from '../exit-codes.js';

export const run: Command = async (args, context) => {
  const loaded = await loadConfig(context.cwd);
  const json = JSON.stringify(loaded.config, null, 2);
  if (args.includes('--json')) return { code: ExitCode.ok, stdout: `${json}\n` };
  const source = loaded.source ?? 'no config file found: the defaults apply';
  return {
    code: ExitCode.ok,
    stdout: `# source: ${source}\n${json}\n`,
    stderr: loaded.warnings.map((w) => `${w}\n`).join(''),
  };
};
