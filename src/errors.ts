import { ExitCode } from './exit-codes.js';

/** An error whose message is meant for the user as it is: what is wrong, why, and the fix. */
export class StageflowError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.blocked,
  ) {
    super(message);
    this.name = 'StageflowError';
  }
}

export class UsageError extends StageflowError {
  constructor(message: string) {
    super(message, ExitCode.usage);
    this.name = 'UsageError';
  }
}
