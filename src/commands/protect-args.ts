import { UsageError } from '../errors.js';
import {
  gitlabOnlyGithubText,
  PROTECT_PROVIDERS,
  PROTECT_USAGE,
  unknownProtectProviderText,
} from '../messages/protect-text.js';
import { parseCommandArgs } from './parse-command-args.js';

export interface ProtectOptions {
  provider: 'github' | 'gitlab';
  json: boolean;
  withPatterns: boolean;
  /** A file, or `-` for standard input. */
  compare: string | undefined;
}

export function parseProtectArgs(args: string[]): ProtectOptions | 'help' {
  const { values, positionals } = parseCommandArgs('protect', PROTECT_USAGE, {
    args,
    options: {
      json: { type: 'boolean' },
      'with-patterns': { type: 'boolean' },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) return 'help';
  const [provider, ...rest] = positionals;
  if (provider === undefined || !PROTECT_PROVIDERS.includes(provider) || rest.length > 0)
    throw new UsageError(unknownProtectProviderText(rest.length > 0 ? positionals.join(' ') : provider));
  const options: ProtectOptions = {
    provider: provider as ProtectOptions['provider'],
    json: values.json ?? false,
    withPatterns: values['with-patterns'] ?? false,
    compare: values.compare,
  };
  if (provider === 'gitlab' && options.withPatterns) throw new UsageError(gitlabOnlyGithubText('--with-patterns'));
  return options;
}
