import type { Layout } from './layout.js';

export const REQUIRED_PACKAGES = ['husky', 'stageflow'] as const;
const START_WORK_SCRIPT = 'stageflow start-work';

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
 * What package.json needs: a prepare script that installs the hooks (an existing prepare is kept
 * after it: `stageflow install-hooks && <existing>`; the husky call of an older init is replaced) and a start-work script. `text` must be a JSON object.
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
  } else if (!prepareInstallsHooks(prepare)) {
    const legacy = replaceLegacyHusky(prepare, layout.legacyPrepareCommand, expected);
    if (legacy !== undefined) {
      // The husky call an older init wrote: stageflow's installer runs husky, then writes its runner.
      scripts.prepare = legacy;
      changes.push({ kind: 'set-prepare', from: prepare, to: legacy });
    } else if (prepareRunsHusky(prepare)) {
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

/** Whether a prepare script installs stageflow's hook runner (`stageflow install-hooks`, or this repository's `node dist/cli.js install-hooks`). */
export function prepareInstallsHooks(prepare: string | undefined): boolean {
  return prepare !== undefined && /(^|[\s;&|])install-hooks(\s|$|;|&|\|)/.test(prepare);
}

/** `prepare` with the older init's husky command (a whole command of it) replaced; undefined when it has none. */
function replaceLegacyHusky(prepare: string, legacy: string, expected: string): string | undefined {
  const escaped = legacy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|&&|;)(\\s*)${escaped}(?=\\s*(&&|;|$))`);
  return pattern.test(prepare) ? prepare.replace(pattern, `$1$2${expected}`) : undefined;
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
