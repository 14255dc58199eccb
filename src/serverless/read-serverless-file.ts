import { join } from 'node:path';
import type { ServerlessFunction } from '../core/stage/long-function-names.js';
import { readText } from '../fs/read-file-state.js';

export type ServerlessFile =
  | { found: false }
  | { found: true; path: string; error: string }
  | { found: true; path: string; error?: undefined; service: string | undefined; functions: ServerlessFunction[] };

const FILE_NAMES = ['serverless.yml', 'serverless.yaml'];

/**
 * The service name and functions of the serverless.yml in `dir`. CloudFormation tags (`!Ref`,
 * `!GetAtt`) are unknown to a plain YAML parser; they are read as plain values, never an error.
 */
export async function readServerlessFile(dir: string): Promise<ServerlessFile> {
  for (const fileName of FILE_NAMES) {
    const path = join(dir, fileName);
    const text = readText(path);
    if (text === undefined) continue;
    const { parseDocument } = await import('yaml');
    const document = parseDocument(text, { logLevel: 'silent' });
    const [error] = document.errors;
    if (error) return { found: true, path, error: error.message.split('\n')[0] ?? 'invalid YAML' };
    const root: unknown = document.toJS();
    const data = isRecord(root) ? root : {};
    const service = typeof data.service === 'string' ? data.service : isRecord(data.service) && typeof data.service.name === 'string' ? data.service.name : undefined;
    const functions = isRecord(data.functions)
      ? Object.entries(data.functions).map(([key, value]) => ({ key, name: isRecord(value) && typeof value.name === 'string' ? value.name : undefined }))
      : [];
    return { found: true, path, service, functions };
  }
  return { found: false };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
