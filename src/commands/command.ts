import type { ExitCode } from '../exit-codes.js';

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Reads all of standard input (the pre-push hook's ref lines). */
  readStdin: () => Promise<string>;
  /** Whether a person can answer prompts. */
  interactive: boolean;
  /** For commands that report progress as they go (start-work); the rest return their text. */
  print: (text: string) => void;
}

export interface CommandResult {
  code: ExitCode;
  stdout?: string;
  stderr?: string;
}

export type Command = (args: string[], context: CommandContext) => Promise<CommandResult>;
