/** AWS refuses a Lambda function name or an IAM role name longer than this. */
export const LAMBDA_NAME_LIMIT = 64;

export interface ServerlessFunction {
  /** The key under `functions:` in serverless.yml. */
  key: string;
  /** An explicit `name:`, as written (it may use `${sls:stage}` and friends) or as the framework resolved it. */
  name: string | undefined;
}

/** The execution role the framework creates: named `<service>-<stage>-<region>-lambdaRole` unless `provider.iam.role.name` says otherwise. */
export type RoleNaming = { kind: 'default'; region: string } | { kind: 'named'; name: string } | { kind: 'none' };

export interface ServiceNaming {
  service: string;
  functions: readonly ServerlessFunction[];
  role: RoleNaming;
}

export interface LongName {
  kind: 'function' | 'role';
  /** The function's key, or `iam role` for the role. */
  key: string;
  name: string;
  /** Named by its own `name:` in serverless.yml (or provider.iam.role.name), not after the stage by the framework. */
  explicit: boolean;
}

export interface NameCheck {
  long: LongName[];
  /** The names (`functions.<key>.name`, `service`, ...) that still hold a variable stageflow cannot resolve. */
  unresolved: string[];
  /** The longest stage name with which every name that holds the stage fits; undefined when none does. */
  fitting: number | undefined;
}

/**
 * The names AWS would refuse on `stage`. Serverless names a function `<service>-<stage>-<key>`
 * unless it has a `name:`; a name that still holds a variable is reported as unresolved, never guessed.
 */
export function checkAwsNames(naming: ServiceNaming, stage: string): NameCheck {
  const { service } = naming;
  if (service.includes('${')) return { long: [], unresolved: ['service'], fitting: undefined };
  const names: LongName[] = [];
  const unresolved: string[] = [];
  const fits: number[] = [];
  for (const fn of naming.functions) {
    if (fn.name === undefined) {
      names.push({ kind: 'function', key: fn.key, name: `${service}-${stage}-${fn.key}`, explicit: false });
      fits.push(LAMBDA_NAME_LIMIT - service.length - 2 - fn.key.length);
      continue;
    }
    const name = resolveName(fn.name, service, stage);
    if (name.includes('${')) unresolved.push(`functions.${fn.key}.name`);
    else {
      names.push({ kind: 'function', key: fn.key, name, explicit: true });
      const fit = fittingIn(name, stage);
      if (fit !== undefined) fits.push(fit);
    }
  }
  const { role } = naming;
  if (role.kind === 'default' && role.region.includes('${')) unresolved.push('provider.region');
  else if (role.kind === 'default') {
    names.push({
      kind: 'role',
      key: 'iam role',
      name: `${service}-${stage}-${role.region}-lambdaRole`,
      explicit: false,
    });
    fits.push(LAMBDA_NAME_LIMIT - service.length - role.region.length - '---lambdaRole'.length);
  } else if (role.kind === 'named') {
    const name = resolveName(role.name, service, stage);
    if (name.includes('${')) unresolved.push('provider.iam.role.name');
    else names.push({ kind: 'role', key: 'iam role', name, explicit: true });
  }
  const long = names.filter(({ name }) => name.length > LAMBDA_NAME_LIMIT);
  return { long, unresolved, fitting: fits.length === 0 ? undefined : Math.max(0, Math.min(...fits)) };
}

/** How long the stage in `name` could be: each of its occurrences grows with it. */
function fittingIn(name: string, stage: string): number | undefined {
  const count = stage === '' ? 0 : name.split(stage).length - 1;
  return count === 0 ? undefined : Math.floor((LAMBDA_NAME_LIMIT - (name.length - count * stage.length)) / count);
}

function resolveName(name: string, service: string, stage: string): string {
  return name
    .replace(/\$\{(?:sls:stage|opt:stage)(?:\s*,[^}]*)?\}/g, stage)
    .replace(/\$\{self:service(?:\.name)?\}/g, service);
}
