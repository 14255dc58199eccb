import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestWord } from '../core/closest-word.js';
import { firstUnknownOption, optionNames } from '../core/unknown-option.js';
import { UsageError } from '../errors.js';
import { badArgumentsText, parseProblemText, unknownOptionText } from '../messages/usage-text.js';

/**
 * node's parseArgs (strict unless told otherwise): an unknown or incomplete option is a usage error
 * naming the command, worded by stageflow (node's own text quotes oddly), with the closest option.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const known = optionNames(config.options ?? {});
    const unknown = firstUnknownOption(config.args ?? [], known);
    if (unknown !== undefined)
      throw new UsageError(unknownOptionText(command, unknown, closestWord(unknown, known), known, usage));
    const code = (error as { code?: string }).code;
    throw new UsageError(badArgumentsText(command, parseProblemText(code, (error as Error).message), usage));
  }
}
