import { loadConfig } from '../config/load-config.js';
import type { Config } from '../core/config/types.js';
import { compareRulesets } from '../core/protect/compare-github.js';
import { compareProtectedBranches, parseProtectedBranches } from '../core/protect/compare-gitlab.js';
import { githubRulesets } from '../core/protect/github-rulesets.js';
import { FETCH_RULESETS } from '../core/protect/github-script.js';
import { gitlabProtection } from '../core/protect/gitlab-protection.js';
import { FETCH_PROTECTED_BRANCHES } from '../core/protect/gitlab-script.js';
import { parseRulesets } from '../core/protect/parse-rulesets.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { readText } from '../fs/read-file-state.js';
import { warningsText } from '../messages/config-text.js';
import { gitlabCompareInputText, gitlabCompareText, gitlabScriptText } from '../messages/protect-gitlab-text.js';
import {
  compareInputText,
  compareText,
  compareUnreadableText,
  githubJsonNotes,
  githubScriptText,
  PROTECT_USAGE,
} from '../messages/protect-text.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { type ProtectOptions, parseProtectArgs } from './protect-args.js';

/** `stageflow protect github|gitlab`: prints what makes the server hold the strategy; sends nothing. */
export const run: Command = async (args, context) => {
  const options = parseProtectArgs(args);
  if (options === 'help') return { code: ExitCode.ok, stdout: `${PROTECT_USAGE}\n` };
  const { config, warnings } = await loadConfig(context.cwd);
  const result =
    options.provider === 'gitlab' ? await gitlab(options, config, context) : await github(options, config, context);
  return { ...result, stderr: warningsText(warnings) + (result.stderr ?? '') };
};

async function github(options: ProtectOptions, config: Config, context: CommandContext): Promise<CommandResult> {
  const protection = githubRulesets(config, { withPatterns: options.withPatterns });
  if (options.compare !== undefined) {
    const { source, text } = await readCompared(options.compare, context, FETCH_RULESETS);
    const parsed = parseRulesets(text);
    if (!parsed.ok) throw new UsageError(compareInputText(source, parsed));
    const report = compareText(compareRulesets(protection.rulesets, parsed.rulesets), config);
    return report.ok ? { code: ExitCode.ok, stdout: report.text } : { code: ExitCode.blocked, stdout: report.text };
  }
  if (options.json) {
    return {
      code: ExitCode.ok,
      stdout: `${JSON.stringify(
        protection.rulesets.map((ruleset) => ruleset.body),
        null,
        2,
      )}\n`,
      stderr: githubJsonNotes(protection, config),
    };
  }
  return { code: ExitCode.ok, stdout: githubScriptText(protection, config) };
}

async function gitlab(options: ProtectOptions, config: Config, context: CommandContext): Promise<CommandResult> {
  const protection = gitlabProtection(config);
  if (options.compare !== undefined) {
    const { source, text } = await readCompared(options.compare, context, FETCH_PROTECTED_BRANCHES);
    const parsed = parseProtectedBranches(text);
    if (!parsed.ok) throw new UsageError(gitlabCompareInputText(source, parsed.detail));
    const report = gitlabCompareText(compareProtectedBranches(protection.branches, parsed.branches));
    return { code: report.ok ? ExitCode.ok : ExitCode.blocked, stdout: report.text };
  }
  if (!options.json) return { code: ExitCode.ok, stdout: gitlabScriptText(protection, config) };
  const { branches, project, approvalRule, approvalSettings } = protection;
  return {
    code: ExitCode.ok,
    stdout: `${JSON.stringify({ protected_branches: branches, project, approval_rule: approvalRule, approvals: approvalSettings }, null, 2)}\n`,
  };
}

/** The answer to compare with: a file, or standard input for `-`. */
async function readCompared(
  compare: string,
  context: CommandContext,
  fetch: string,
): Promise<{ source: string; text: string }> {
  if (compare === '-') return { source: 'standard input', text: await context.readStdin() };
  const text = readText(compare);
  if (text === undefined) throw new UsageError(compareUnreadableText(compare, fetch));
  return { source: compare, text };
}
