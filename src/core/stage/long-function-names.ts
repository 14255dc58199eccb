/** AWS Lambda refuses a function name longer than this. */
export const LAMBDA_NAME_LIMIT = 64;

export interface ServerlessFunction {
  /** The key under `functions:` in serverless.yml. */
  key: string;
  /** An explicit `name:`, as written (it may use `${sls:stage}` and friends). */
  name: string | undefined;
}

export interface LongName {
  key: string;
  name: string;
  /** Named by its own `name:` in serverless.yml, not `<service>-<stage>-<key>`. */
  explicit: boolean;
}

/**
 * The functions whose deployed name would pass AWS's 64-character limit on `stage`. Serverless
 * names a function `<service>-<stage>-<key>` unless it has a `name:`; a name that still holds a
 * variable stageflow cannot resolve is left out rather than guessed.
 */
export function longFunctionNames(service: string, stage: string, functions: readonly ServerlessFunction[]): LongName[] {
  const long: LongName[] = [];
  for (const fn of functions) {
    const name = fn.name === undefined ? `${service}-${stage}-${fn.key}` : resolveName(fn.name, service, stage);
    if (name !== undefined && !name.includes('${') && name.length > LAMBDA_NAME_LIMIT) long.push({ key: fn.key, name, explicit: fn.name !== undefined });
  }
  return long;
}

/** The longest stage name with which every default-named function still fits. */
export function longestFittingStage(service: string, functions: readonly ServerlessFunction[]): number {
  const keys = functions.filter((fn) => fn.name === undefined).map((fn) => fn.key.length);
  return LAMBDA_NAME_LIMIT - service.length - 2 - Math.max(0, ...keys);
}

function resolveName(name: string, service: string, stage: string): string {
  return name
    .replace(/\$\{(?:sls:stage|opt:stage|self:provider\.stage)(?:\s*,[^}]*)?\}/g, stage)
    .replace(/\$\{self:service(?:\.name)?\}/g, service);
}
