import Enquirer from 'enquirer';
import { colorsTurnedOff } from '../messages/colors.js';

/** The part of enquirer's prompt classes stageflow uses (its typings leave the classes out). */
export interface PromptInstance {
  run(): Promise<unknown>;
}
type PromptClass = new (options: Record<string, unknown>) => PromptInstance;

const classes = Enquirer as unknown as { Select: PromptClass; Input: PromptClass; Confirm: PromptClass };

/**
 * enquirer colours through ansi-colors, which honours FORCE_COLOR=0 but not NO_COLOR; its
 * `styles: { enabled: false }` option switches ansi-colors off.
 */
function withoutColorsWhenOff(Base: PromptClass): PromptClass {
  if (!colorsTurnedOff()) return Base;
  return class extends Base {
    constructor(options: Record<string, unknown>) {
      super({ ...options, styles: { ...(options.styles as object | undefined), enabled: false } });
    }
  };
}

export const Select = withoutColorsWhenOff(classes.Select);
export const Input = withoutColorsWhenOff(classes.Input);
export const Confirm = withoutColorsWhenOff(classes.Confirm);
