import { Input } from './enquirer-classes.js';
import { runPrompt } from './run-prompt.js';

export interface NameQuestion {
  message: string;
  /** Accepted with Enter, replaced by typing. */
  initial?: string;
  /** The line under the answer, redrawn on every key: what the answer will become. */
  preview: (typed: string) => string;
  /** Why an answer cannot be used, or undefined when it can; shown at the prompt on Enter. */
  problem: (typed: string) => string | undefined;
  /** What the answered line shows once accepted (the slug, rather than the words typed). */
  answer: (typed: string) => string;
}

interface InputState {
  state: { input?: string; submitted?: boolean; cancelled?: boolean };
  styles: { submitted: (text: string) => string };
}

/** Asks for a free-text name, previewing what it becomes as the person types; returns the text. */
export function askName(question: NameQuestion): Promise<string> {
  const initial = question.initial ?? '';
  const typingFormat = (Input.prototype as unknown as { format: (this: InputState, value: string) => unknown }).format;
  return runPrompt<string>(
    new Input({
      name: 'name',
      message: question.message,
      initial: question.initial,
      footer: (state: { input?: string }) => question.preview(state.input || initial),
      validate: (value: string) => question.problem(value ?? '') ?? true,
      // enquirer binds option functions to the prompt, hence `this`.
      format(this: InputState, value: string) {
        if (this.state.submitted && !this.state.cancelled) return this.styles.submitted(question.answer(value ?? ''));
        return typingFormat.call(this, value);
      },
    }),
  );
}
