import Enquirer from 'enquirer';

/** The part of enquirer's prompt classes stageflow uses (its typings leave the classes out). */
export interface PromptInstance {
  run(): Promise<unknown>;
}
type PromptClass = new (options: Record<string, unknown>) => PromptInstance;

export const { Select, Input, Confirm } = Enquirer as unknown as { Select: PromptClass; Input: PromptClass; Confirm: PromptClass };
