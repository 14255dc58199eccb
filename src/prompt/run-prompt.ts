import { StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cancelledText } from '../messages/prompt-text.js';
import type { PromptInstance } from './enquirer-classes.js';

/**
 * Runs one prompt. Enquirer rejects with an empty string on Ctrl-C or Escape (raw mode turns
 * Ctrl-C into a key, not a signal); that becomes exit code 130 before anything was changed.
 */
export async function runPrompt<T>(prompt: PromptInstance): Promise<T> {
  try {
    return (await prompt.run()) as T;
  } catch (error) {
    if (error === '' || error === undefined) throw new StageflowError(cancelledText(), ExitCode.interrupted);
    throw error;
  }
}
