export const ExitCode = {
  ok: 0,
  /** A rule said no: a blocked commit or push, a failed check. */
  blocked: 1,
  /** The command or the config is wrong. */
  usage: 2,
  /** stageflow itself failed; hooks fail closed with this code. */
  internal: 70,
  /** Ctrl-C. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
