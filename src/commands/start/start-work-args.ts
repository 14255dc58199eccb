import { START_WORK_USAGE } from '../../messages/start-text.js';
import { parseCommandArgs } from '../parse-command-args.js';

export interface StartWorkFlags {
  stage: string | undefined;
  change: string | undefined;
  engineer: string | undefined;
  yes: boolean;
  help: boolean;
}

export function parseStartWorkArgs(args: string[]): StartWorkFlags {
  const { values } = parseCommandArgs('start-work', `  ${START_WORK_USAGE}`, {
    args,
    options: {
      stage: { type: 'string' },
      change: { type: 'string' },
      engineer: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  return { stage: values.stage, change: values.change, engineer: values.engineer, yes: values.yes, help: values.help };
}
