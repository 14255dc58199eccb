import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';

type Schema = Record<string, unknown>;
interface Description {
  paths: Record<
    string,
    Record<string, { operationId?: string; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema>; examples: Record<string, { value: unknown }> };
}

export interface Validator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * JSON-schema validators over GitHub's OpenAPI description, with its $refs resolved by ajv.
 * `closed` also refuses keys the description does not name (it leaves objects open), so a
 * misspelt parameter is caught, not ignored by GitHub.
 */
export class OpenApiValidators {
  readonly description: Description;
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: true,
    // The formats the ruleset schemas use, so they are checked rather than skipped.
    formats: {
      'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
      uri: /^https?:\/\/\S+$/,
    },
  });

  constructor(file: string) {
    this.description = JSON.parse(readFileSync(file, 'utf8')) as Description;
  }

  requestBody(operationId: string, options: { closed: boolean }): Validator {
    for (const operations of Object.values(this.description.paths)) {
      for (const operation of Object.values(operations)) {
        if (operation.operationId === operationId) {
          const schema = operation.requestBody?.content['application/json']?.schema;
          if (!schema) throw new Error(`${operationId} has no JSON request body`);
          return this.compile(schema, options.closed);
        }
      }
    }
    throw new Error(`the description has no operation ${operationId}`);
  }

  schema(name: string, options: { closed: boolean }): Validator {
    return this.compile({ $ref: `#/components/schemas/${name}` }, options.closed);
  }

  private compile(root: Schema, closed: boolean): Validator {
    const top = structuredClone(root) as Schema;
    const schemas = reachable(top, this.description.components.schemas, closed);
    return this.ajv.compile({ ...top, components: { schemas } }) as Validator;
  }
}

/**
 * Copies of the schemas reachable from `root` (itself a copy), read as OpenAPI 3.0.3 says:
 * `nullable` only counts beside `type` (ajv refuses it elsewhere). With `closed`, each object
 * with named properties is closed to others.
 */
function reachable(root: Schema, all: Record<string, Schema>, closed: boolean): Record<string, Schema> {
  const copies: Record<string, Schema> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const schema = node as Schema;
    const ref = typeof schema.$ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
    if (ref !== undefined && !(ref in copies)) {
      copies[ref] = structuredClone(all[ref]!);
      visit(copies[ref]);
    }
    if (schema.nullable !== undefined && schema.type === undefined) delete schema.nullable;
    const combined = 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema;
    if (closed && schema.properties !== undefined && schema.additionalProperties === undefined && !combined)
      schema.additionalProperties = false;
    for (const [key, value] of Object.entries(schema)) if (key !== 'examples' && key !== 'example') visit(value);
  };
  visit(root);
  return copies;
}
