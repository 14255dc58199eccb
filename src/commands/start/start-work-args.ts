import { parseArgs } from 'node:util';
import { UsageError } from '../../errors.js';
import { START_WORK_USAGE } from '../../messages/start-text.js';

export interface StartWorkFlags {
  stage: string | undefined;
  change: string | undefined;
  engineer: string | undefined;
  yes: boolean;
  help: boolean;
}

export function parseStartWorkArgs(args: string[]): StartWorkFlags {
  try {
    const { values } = parseArgs({
      args,
      options: {
        stage: { type: 'string' },
        change: { type: 'string' },
        engineer: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { stage: values.stage, change: values.change, engineer: values.engineer, yes: values.yes, help: values.help };
  } catch (error) {
    throw new UsageError(`stageflow: start-work: ${(error as Error).message}\n  Usage: ${START_WORK_USAGE}`);
  }
}
