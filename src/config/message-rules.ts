import type { Config } from '../core/config/types.js';
import type { MessageRules } from '../core/message/lint-message.js';

/**
 * The config's message rules, ready for the engine: a ticket pattern is compiled on RE2, whose
 * module is loaded only when the config has one, so an accepted commit without one never pays for it.
 */
export async function messageRules(
  config: Pick<Config, 'rules' | 'severity' | 'ignoreReleases'>,
): Promise<MessageRules> {
  const source = config.rules['ticket-pattern'];
  const pattern = source === false ? false : (await import('./compile-pattern.js')).compilePattern(source);
  return {
    rules: { ...config.rules, 'ticket-pattern': pattern },
    severity: config.severity,
    ignoreReleases: config.ignoreReleases,
  };
}
