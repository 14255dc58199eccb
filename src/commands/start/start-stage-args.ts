import { UsageError } from '../../errors.js';
import { START_STAGE_USAGE } from '../../messages/start-text.js';
import { badArgumentsText } from '../../messages/usage-text.js';
import { parseCommandArgs } from '../parse-command-args.js';

export interface StartStageFlags {
  stage: string | undefined;
  push: boolean;
  help: boolean;
}

export function parseStartStageArgs(args: string[]): StartStageFlags {
  const usage = `  ${START_STAGE_USAGE}`;
  const { values, positionals } = parseCommandArgs('start-stage', usage, {
    args,
    options: { push: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 1)
    throw new UsageError(badArgumentsText('start-stage', `one stage name at a time; got ${positionals.length}`, usage));
  return { stage: positionals[0], push: values.push, help: values.help };
}
