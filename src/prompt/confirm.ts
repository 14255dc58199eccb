import { Confirm } from './enquirer-classes.js';
import { runPrompt } from './run-prompt.js';

/** A yes/no question; Enter takes `initial`. */
export function confirm(message: string, initial = true): Promise<boolean> {
  return runPrompt<boolean>(new Confirm({ name: 'confirm', message, initial }));
}
