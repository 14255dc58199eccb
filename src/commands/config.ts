import { resolve } from 'node:path';
import type { Command } from '../cli/command.js';
import { parseCommandArgs } from '../cli/parse-command-args.js';
import { loadConfig } from '../config/load-config.js';
import { ExitCode } from '../exit-codes.js';
import { findHooksConfigDir } from '../git/hooks-config-dir.js';
import { CONFIG_USAGE, hooksConfigLine, otherConfigHereWarning, warningsText } from '../messages/config-text.js';

/**
 * The config the hooks read (looked up from the git root, or from the `--project` of their hook
 * lines), unless `--project` asks for another; either way it says whether the hooks read it, and
 * warns when the folder's own config is not the one they read.
 */
export const run: Command = async (args, context) => {
  const { values } = parseCommandArgs('config', CONFIG_USAGE, {
    args,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, project: { type: 'string' } },
  });
  if (values.help) return { code: ExitCode.ok, stdout: CONFIG_USAGE };
  const asked = values.project !== undefined;
  const [here, hooks] = await Promise.all([loadConfig(resolve(context.cwd, values.project ?? '.')), findHooksConfigDir(context.cwd)]);
  const forHooks = hooks ? await loadConfig(hooks.dir) : here;
  const same = forHooks.source === here.source;
  const shown = asked ? here : forHooks;
  const warnings = warningsText(shown.warnings) + (hooks && !same ? `${otherConfigHereWarning(here.source, forHooks.source, hooks.top, hooks.project, asked)}\n` : '');
  const json = JSON.stringify(shown.config, null, 2);
  if (values.json) return { code: ExitCode.ok, stdout: `${json}\n`, stderr: warnings };
  const source = shown.source ?? 'no config file found: the defaults apply';
  const hooksLine = hooks ? `${hooksConfigLine(!asked || same, forHooks.source, hooks.top, hooks.project)}\n` : '';
  return { code: ExitCode.ok, stdout: `# source: ${source}\n${hooksLine}${json}\n`, stderr: warnings };
};
