import type { Layout } from './layout.js';

export const REQUIRED_PACKAGES = ['husky', 'stageflow'] as const;
export const START_WORK_SCRIPT = 'stageflow start-work';

export type PackageJsonChange =
  | { kind: 'set-prepare'; from: string | undefined; to: string }
  | { kind: 'keep-prepare'; prepare: string; expected: string }
  | { kind: 'add-script'; name: string; command: string };

export interface PackageJsonPlan {
  /** The new text; the original text, byte for byte, when nothing changes. */
  content: string;
  changes: PackageJsonChange[];
  /** Packages neither in dependencies nor devDependencies: npm installs them (and writes the lockfile). */
  missingPackages: string[];
}

type Json = Record<string, unknown>;

/**
 * What package.json needs: a prepare script that runs husky (an existing prepare is kept after it:
 * `husky && <existing>`) and a start-work script. `text` must be a JSON object.
 */
export function planPackageJson(text: string, layout: Layout): PackageJsonPlan {
  const json = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  const scripts: Record<string, string> = { ...((json.scripts as Record<string, string> | undefined) ?? {}) };
  const changes: PackageJsonChange[] = [];

  const prepare = scripts.prepare;
  const expected = layout.prepareCommand;
  if (prepare === undefined || prepare.trim() === '') {
    scripts.prepare = expected;
    changes.push({ kind: 'set-prepare', from: prepare, to: expected });
  } else if (!prepare.includes(expected)) {
    if (prepareRunsHusky(prepare)) {
      // A husky call of another form: the user set it up on purpose; say what we expected instead.
      changes.push({ kind: 'keep-prepare', prepare, expected });
    } else {
      scripts.prepare = `${expected} && ${prepare}`;
      changes.push({ kind: 'set-prepare', from: prepare, to: scripts.prepare });
    }
  }
  if (scripts['start-work'] === undefined) {
    scripts['start-work'] = START_WORK_SCRIPT;
    changes.push({ kind: 'add-script', name: 'start-work', command: START_WORK_SCRIPT });
  }

  const installed = { ...(json.dependencies as Json | undefined), ...(json.devDependencies as Json | undefined) };
  const missingPackages = REQUIRED_PACKAGES.filter((name) => !(name in installed));
  if (!changes.some((change) => change.kind !== 'keep-prepare')) return { content: text, changes, missingPackages };
  return { content: `${JSON.stringify({ ...json, scripts }, null, indentOf(text))}\n`, changes, missingPackages };
}

/** Whether a prepare script calls husky in some form (`husky`, `cd .. && husky x/.husky`, `husky || true`). */
export function prepareRunsHusky(prepare: string | undefined): boolean {
  return prepare !== undefined && /(^|[\s;&|])husky(\s|$|;|&|\|)/.test(prepare);
}

/** The indentation the file already uses, as husky keeps it: a tab, or a number of spaces. */
function indentOf(text: string): string | number {
  const match = /^([ \t]+)"/m.exec(text);
  if (!match?.[1]) return 2;
  return match[1].includes('\t') ? '\t' : match[1].length;
}
