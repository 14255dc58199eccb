import type { RoleNaming, ServiceNaming } from '../core/stage/long-function-names.js';

/** The parts of the Serverless Framework's instance (v3, osls) that stageflow reads. */
export interface Serverless {
  processedInput: { commands: string[]; options: Record<string, unknown> };
  serviceDir?: string;
  config?: { servicePath?: string; serviceDir?: string };
  service: {
    service: string;
    provider: Record<string, unknown>;
    getAllFunctions(): string[];
    getFunction(key: string): Record<string, unknown>;
  };
  getProvider(name: string): { getStage(): string; getRegion(): string } | undefined;
  classes: { Error: new (message: string, code?: string) => Error };
}

/** The names as the framework resolved them: a function named `<service>-<stage>-<key>` counts as default-named. */
export function frameworkNaming(serverless: Serverless, stage: string, region: string): ServiceNaming {
  const { service } = serverless;
  const functionObjects = service.getAllFunctions().map((key) => ({ key, object: service.getFunction(key) }));
  const functions = functionObjects.map(({ key, object }) => {
    const name = typeof object.name === 'string' ? object.name : undefined;
    return { key, name: name === `${service.service}-${stage}-${key}` ? undefined : name };
  });
  return {
    service: service.service,
    functions,
    role: roleOf(
      service.provider,
      functionObjects.map(({ object }) => object),
      region,
    ),
  };
}

/** As the framework's merge-iam-templates decides whether it creates IamRoleLambdaExecution, and its naming.getRoleName. */
function roleOf(
  provider: Record<string, unknown>,
  functions: readonly Record<string, unknown>[],
  region: string,
): RoleNaming {
  const iam = provider.iam;
  const role = typeof iam === 'object' && iam !== null ? (iam as Record<string, unknown>).role : undefined;
  const record = typeof role === 'object' && role !== null ? (role as Record<string, unknown>) : undefined;
  const existing =
    typeof role === 'string' || (record !== undefined && Object.keys(record).some((key) => key.startsWith('Fn::')));
  if (existing || 'role' in provider || functions.length === 0 || functions.every((fn) => 'role' in fn))
    return { kind: 'none' };
  if (typeof record?.name === 'string') return { kind: 'named', name: record.name };
  return { kind: 'default', region };
}
