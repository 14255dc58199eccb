import { ExitCode } from './exit-codes.js';

/**
 * An error whose message is meant for the user as it is: what is wrong, why, and the fix. The texts
 * of src/messages end in a newline; the message drops it, and whoever prints it adds its own.
 */
export class StageflowError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.blocked,
  ) {
    super(message.trimEnd());
    this.name = 'StageflowError';
  }
}

export class UsageError extends StageflowError {
  constructor(message: string) {
    super(message, ExitCode.usage);
    this.name = 'UsageError';
  }
}

/** What the git door found that stops a command, as data: src/git holds no words. */
export type GitTrouble = { kind: 'not-a-repository'; cwd: string } | { kind: 'head-unreadable'; gitError: string };

/**
 * Thrown by src/git. Its message is a fallback only: the CLI and the Serverless plugin print the
 * words src/messages/git-trouble-text.ts has for the trouble.
 */
export class GitTroubleError extends StageflowError {
  constructor(
    readonly trouble: GitTrouble,
    exitCode: ExitCode = ExitCode.blocked,
  ) {
    super(`stageflow: git: ${trouble.kind}`, exitCode);
    this.name = 'GitTroubleError';
  }
}
