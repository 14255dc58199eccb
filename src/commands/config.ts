import { resolve } from 'node:path';
import { type LoadedConfig, loadConfig } from '../config/load-config.js';
import { StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { findHooksConfigDir } from '../git/hooks-config-dir.js';
import {
  brokenConfigHereWarning,
  CONFIG_USAGE,
  hooksConfigLine,
  otherConfigHereWarning,
  warningsText,
} from '../messages/config-text.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './parse-command-args.js';

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
  const hooks = await findHooksConfigDir(context.cwd);
  const hereDir = resolve(context.cwd, values.project ?? '.');
  const forHooks = hooks ? await loadConfig(hooks.dir) : await loadConfig(hereDir);
  // A broken config in this folder, which the hooks do not read, is a warning beside theirs, not a stop.
  const here =
    asked || !hooks
      ? await loadConfig(hereDir)
      : await loadConfig(hereDir).catch((error: unknown) => brokenHere(error));
  if ('broken' in here) {
    return {
      code: ExitCode.ok,
      ...render(
        forHooks,
        `${warningsText(forHooks.warnings)}${brokenConfigHereWarning(here.broken, forHooks.source, hooks!.top, hooks!.project)}\n`,
        true,
      ),
    };
  }
  const same = forHooks.source === here.source;
  const shown = asked ? here : forHooks;
  const warnings =
    warningsText(shown.warnings) +
    (hooks && !same
      ? `${otherConfigHereWarning(here.source, forHooks.source, hooks.top, hooks.project, asked)}\n`
      : '');
  return { code: ExitCode.ok, ...render(shown, warnings, !asked || same) };

  /** The config shown, with its `# source` and `# read by the hooks` lines unless --json. */
  function render(shown: LoadedConfig, warnings: string, readByHooks: boolean): { stdout: string; stderr: string } {
    const json = JSON.stringify(shown.config, null, 2);
    if (values.json) return { stdout: `${json}\n`, stderr: warnings };
    const source = shown.source ?? 'no config file found: the defaults apply';
    const hooksLine = hooks ? `${hooksConfigLine(readByHooks, forHooks.source, hooks.top, hooks.project)}\n` : '';
    return { stdout: `# source: ${source}\n${hooksLine}${json}\n`, stderr: warnings };
  }
};

/** A config found from this folder that cannot be read: its error, to name in a warning. */
function brokenHere(error: unknown): { broken: string } {
  if (error instanceof StageflowError) return { broken: error.message };
  throw error;
}
