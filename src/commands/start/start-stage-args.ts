import { parseArgs } from 'node:util';
import { UsageError } from '../../errors.js';
import { START_STAGE_USAGE } from '../../messages/start-text.js';

export interface StartStageFlags {
  stage: string | undefined;
  push: boolean;
  help: boolean;
}

export function parseStartStageArgs(args: string[]): StartStageFlags {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { push: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 1) throw new Error(`one stage name at a time; got ${positionals.length}`);
    return { stage: positionals[0], push: values.push, help: values.help };
  } catch (error) {
    throw new UsageError(`stageflow: start-stage: ${(error as Error).message}\n  Usage: ${START_STAGE_USAGE}`);
  }
}
