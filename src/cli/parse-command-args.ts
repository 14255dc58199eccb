import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { badArgumentsText } from '../messages/usage-text.js';

/** node's parseArgs (strict unless told otherwise): an unknown or incomplete option is a usage error naming the command. */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(badArgumentsText(command, (error as Error).message, usage));
  }
}
