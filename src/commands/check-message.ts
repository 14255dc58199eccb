import { loadConfig } from '../config/load-config.js';
import { messageRules } from '../config/message-rules.js';
import { cleanMessage } from '../core/message/clean-message.js';
import { ruleVerdicts } from '../core/message/lint-message.js';
import { ExitCode } from '../exit-codes.js';
import { warningsText } from '../messages/config-text.js';
import { messageCheckText } from '../messages/message-check-text.js';
import type { CommandResult } from './command.js';

/**
 * `stageflow check --message "<text>"`: every rule's verdict on a message, as `git commit -m`
 * would store it on a commit with one parent, without committing. Exit 1 when it would be refused.
 */
export async function checkMessage(raw: string, json: boolean, cwd: string): Promise<CommandResult> {
  const { config, warnings } = await loadConfig(cwd);
  const message = cleanMessage(raw, null);
  const subject = message.split('\n')[0] ?? '';
  const { exempt, rules } = ruleVerdicts(message, await messageRules(config));
  const ok = !rules.some((rule) => rule.verdict === 'failed' && rule.severity === 'error');
  const code = ok ? ExitCode.ok : ExitCode.blocked;
  if (json)
    return {
      code,
      stdout: `${JSON.stringify({ ok, subject, exempt, rules }, null, 2)}\n`,
      stderr: warningsText(warnings),
    };
  return { code, stdout: messageCheckText(subject, exempt, rules), stderr: warningsText(warnings) };
}
