import { join } from 'node:path';
import type { RoleNaming, ServiceNaming } from '../core/stage/long-function-names.js';
import { readText } from '../fs/read-file-state.js';

export type ServerlessFile =
  | { found: false }
  | { found: true; path: string; error: string }
  /**
   * `unreadable`: what this plain reading cannot follow (serverless.ts/.js/.json, `${file(...)}`,
   * YAML merge keys); `naming` is undefined when it cannot even tell the service.
   */
  | { found: true; path: string; error?: undefined; naming: ServiceNaming | undefined; unreadable: string[] };

const YAML_NAMES = ['serverless.yml', 'serverless.yaml'];
const OTHER_NAMES = ['serverless.ts', 'serverless.js', 'serverless.cjs', 'serverless.mjs', 'serverless.json'];

/**
 * The names the framework would give the functions and the role, read from the serverless.yml in
 * `dir` without the framework. CloudFormation tags (`!Ref`, `!GetAtt`) are unknown to a plain YAML
 * parser; they are read as plain values, never an error.
 */
export async function readServerlessFile(dir: string): Promise<ServerlessFile> {
  for (const fileName of YAML_NAMES) {
    const path = join(dir, fileName);
    const text = readText(path);
    if (text === undefined) continue;
    const { parseDocument } = await import('yaml');
    const document = parseDocument(text, { logLevel: 'silent' });
    const [error] = document.errors;
    if (error) return { found: true, path, error: error.message.split('\n')[0] ?? 'invalid YAML' };
    const root: unknown = document.toJS();
    return { found: true, path, ...namingOf(isRecord(root) ? root : {}) };
  }
  for (const fileName of OTHER_NAMES) {
    const path = join(dir, fileName);
    if (readText(path) !== undefined)
      return { found: true, path, naming: undefined, unreadable: [`${fileName} (code or JSON, not serverless.yml)`] };
  }
  return { found: false };
}

function namingOf(data: Record<string, unknown>): { naming: ServiceNaming | undefined; unreadable: string[] } {
  const unreadable: string[] = [];
  const service =
    typeof data.service === 'string'
      ? data.service
      : isRecord(data.service) && typeof data.service.name === 'string'
        ? data.service.name
        : undefined;
  if (typeof data.functions === 'string' || Array.isArray(data.functions))
    unreadable.push(`functions: ${String(data.functions)}`);
  const entries = isRecord(data.functions) ? Object.entries(data.functions) : [];
  if (
    entries.some(([key]) => key === '<<') ||
    Object.values(isRecord(data.functions) ? data.functions : {}).some((fn) => isRecord(fn) && '<<' in fn)
  ) {
    unreadable.push('a YAML merge key (<<) under functions');
  }
  const functions = entries
    .filter(([key]) => key !== '<<')
    .map(([key, value]) => ({ key, name: isRecord(value) && typeof value.name === 'string' ? value.name : undefined }));
  if (service === undefined) return { naming: undefined, unreadable };
  const provider = isRecord(data.provider) ? data.provider : {};
  return {
    naming: {
      service,
      functions,
      role: roleOf(
        provider,
        entries.map(([, value]) => value),
      ),
    },
    unreadable,
  };
}

/** Mirrors the framework: no role of its own when the provider names an existing one, or every function has its own. */
function roleOf(provider: Record<string, unknown>, functions: readonly unknown[]): RoleNaming {
  const role = isRecord(provider.iam) ? provider.iam.role : undefined;
  const existing =
    typeof role === 'string' || (isRecord(role) && Object.keys(role).some((key) => key.startsWith('Fn::')));
  if (existing || 'role' in provider || functions.every((fn) => isRecord(fn) && 'role' in fn)) return { kind: 'none' };
  if (isRecord(role) && typeof role.name === 'string') return { kind: 'named', name: role.name };
  return defaultRole(provider);
}

function defaultRole(provider: Record<string, unknown>): RoleNaming {
  return { kind: 'default', region: typeof provider.region === 'string' ? provider.region : 'us-east-1' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
