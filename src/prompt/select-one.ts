import { Select } from './enquirer-classes.js';
import { runPrompt } from './run-prompt.js';

export interface SelectChoice {
  /** What the prompt returns; unique. */
  name: string;
  /** What the list shows. */
  message: string;
  /** Quiet text after the message. */
  hint?: string;
}

/** A list to pick one from with the arrow keys; returns the chosen `name`. */
export function selectOne(message: string, choices: SelectChoice[]): Promise<string> {
  return runPrompt<string>(new Select({ name: 'choice', message, choices: choices.map((choice) => ({ ...choice })) }));
}
