// Loaded only when a config is new or changed: zod is the slowest import stageflow has.
import { stageNameProblem } from '../core/branch/classify-branch.js';
import { stageSlugify } from '../core/branch/slugify.js';
import { closestWord } from '../core/closest-word.js';
import { defaultConfig } from '../core/config/defaults.js';
import type { Config } from '../core/config/types.js';
import { EXPECTED_VALUES } from './expected-values.js';
import { mergeConfig } from './merge-config.js';
import { userConfigSchema } from './schema.js';

export type Validation = { ok: true; config: Config } | { ok: false; problems: string[] };

export function validateConfig(raw: unknown): Validation {
  const result = userConfigSchema.safeParse(raw);
  if (result.success) {
    const config = mergeConfig(defaultConfig(), result.data);
    const clashes = [...branchNameClashes(config), ...liveStageProblems(config)];
    return clashes.length === 0 ? { ok: true, config } : { ok: false, problems: clashes };
  }
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => unknownKeyProblem(path, key));
    }
    const where = jsonPath(path) || '(top level)';
    const got = describe(valueAt(raw, path));
    const last = path[path.length - 1];
    if (last !== undefined && /^\d+$/.test(last)) {
      // Every list in the config holds non-empty strings.
      const list = path.slice(0, -1).join('.');
      return [
        `${where}: expected a non-empty string (${list} takes ${EXPECTED_VALUES[list] ?? 'a list of strings'}), got ${got}`,
      ];
    }
    const expected = EXPECTED_VALUES[path.join('.')];
    const custom = issue.code === 'custom' ? `${issue.message}; ` : '';
    return [`${where}: ${custom}expected ${expected ?? issue.message}, got ${got}`];
  });
  return { ok: false, problems };
}

/** The kinds of branch must not overlap, or a name would belong to two of them. */
function branchNameClashes({ branches }: Config): string[] {
  const { main, stagePrefix, workPrefix } = branches;
  const problems: string[] = [];
  if (stagePrefix.startsWith(workPrefix) || workPrefix.startsWith(stagePrefix)) {
    problems.push(
      `branches.workPrefix: expected a prefix that neither starts nor is started by branches.stagePrefix (${JSON.stringify(stagePrefix)}), so stage and work branches cannot be confused, got ${JSON.stringify(workPrefix)}`,
    );
  }
  for (const [key, prefix] of [
    ['stagePrefix', stagePrefix],
    ['workPrefix', workPrefix],
  ] as const) {
    if (main.startsWith(prefix)) {
      problems.push(
        `branches.main: expected a name outside branches.${key} (${JSON.stringify(prefix)}), got ${JSON.stringify(main)}`,
      );
    }
  }
  return problems;
}

/** The live stage is a Serverless stage like any other: the rules of stage names hold for it too. */
function liveStageProblems({ liveStage, branches }: Config): string[] {
  const problem = stageNameProblem(liveStage, branches.stageMaxLength);
  if (!problem) return [];
  const suggestion = stageSlugify(liveStage, branches.stageMaxLength);
  return [
    `liveStage: expected a Serverless stage name (lowercase letters, digits and single hyphens, starting with a letter, at most ${branches.stageMaxLength} characters, as for ${branches.stagePrefix}<stage-name>)${suggestion ? `, e.g. ${JSON.stringify(suggestion)}` : ''}, got ${JSON.stringify(liveStage)}`,
  ];
}

function unknownKeyProblem(path: string[], key: string): string {
  const known = Object.keys(valueAt(defaultConfig(), path) ?? {});
  const near = closestWord(key, known);
  const where = jsonPath([...path, key]);
  return `${where}: unknown key${near ? `; did you mean "${near}"?` : ''} (known keys: ${known.join(', ')})`;
}

/** `branches.allowed[0]`: the path as a person would point at it in the JSON. */
function jsonPath(path: readonly string[]): string {
  return path.map((key, i) => (/^\d+$/.test(key) ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
