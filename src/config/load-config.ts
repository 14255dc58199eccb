import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultConfig } from '../core/config/defaults.js';
import type { Config } from '../core/config/types.js';
import { describeJsonError } from '../core/json-error-location.js';
import { StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { readText } from '../fs/read-file-state.js';
import { invalidConfigText, invalidJsonText, twoConfigsWarning } from '../messages/config-text.js';
import { VERSION } from '../version.js';

const RC_FILE = '.stageflowrc.json';
/**
 * A cached config is only as good as the build that validated it: the defaults' shape stands in for
 * the schema, so a build that adds or renames a key (same version during development) misses.
 */
const cacheVersion = () => `1:${VERSION}:${hash(JSON.stringify(defaultConfig()))}`;

export interface LoadedConfig {
  config: Config;
  /** Where the config came from, e.g. `/repo/package.json ("stageflow" key)`; undefined for defaults. */
  source: string | undefined;
  /** The directory holding the config (or where the search started). */
  projectDir: string;
  warnings: string[];
}

interface Found {
  raw: unknown;
  source: string;
  dir: string;
  warnings: string[];
}

/**
 * Finds the config from `startDir` upwards, stopping at the repository root: `.stageflowrc.json`,
 * else the `stageflow` key of package.json. Only a new or changed config is validated with zod;
 * the validated result is cached in node_modules/.cache, keyed by the config's text.
 */
export async function loadConfig(startDir: string): Promise<LoadedConfig> {
  const found = findConfig(startDir);
  if (!found) return { config: defaultConfig(), source: undefined, projectDir: startDir, warnings: [] };

  const text = JSON.stringify(found.raw);
  const cacheFile = join(found.dir, 'node_modules', '.cache', 'stageflow', `config-${hash(text)}.json`);
  const cached = readCache(cacheFile, text);
  if (cached) return { config: cached, source: found.source, projectDir: found.dir, warnings: found.warnings };

  const { validateConfig } = await import('./validate-config.js');
  const validation = validateConfig(found.raw);
  if (!validation.ok) {
    throw new StageflowError(invalidConfigText(found.source, validation.problems), ExitCode.usage);
  }
  writeCache(cacheFile, text, validation.config);
  return { config: validation.config, source: found.source, projectDir: found.dir, warnings: found.warnings };
}

function findConfig(startDir: string): Found | undefined {
  let dir = startDir;
  for (;;) {
    const rc = readJson(join(dir, RC_FILE));
    const pkg = readJson(join(dir, 'package.json'));
    const fromPackage =
      pkg !== undefined && typeof pkg === 'object' && pkg !== null
        ? (pkg as Record<string, unknown>).stageflow
        : undefined;
    if (rc !== undefined) {
      const warnings =
        fromPackage !== undefined ? [twoConfigsWarning(join(dir, RC_FILE), join(dir, 'package.json'), RC_FILE)] : [];
      return { raw: rc, source: join(dir, RC_FILE), dir, warnings };
    }
    if (fromPackage !== undefined)
      return { raw: fromPackage, source: `${join(dir, 'package.json')} ("stageflow" key)`, dir, warnings: [] };
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git')) || isBareRepository(dir)) return undefined;
    dir = parent;
  }
}

/** A bare repository (git runs its hooks there) has no .git to stop at: the search must not climb out of it. */
function isBareRepository(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects')) && existsSync(join(dir, 'refs'));
}

function readJson(path: string): unknown {
  const text = readText(path);
  if (text === undefined) return undefined;
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new StageflowError(invalidJsonText(path, describeJsonError(json, (error as Error).message)), ExitCode.usage);
  }
}

/** FNV-1a: enough to name a cache file; the cache entry holds the full text to compare. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

function readCache(file: string, text: string): Config | undefined {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { version: string; text: string; config: Config } | null;
    // A damaged entry (hand-edited, half-written) is a miss, never a crash in every hook.
    const usable = typeof entry?.config?.branches === 'object' && typeof entry.config.rules === 'object';
    return entry?.version === cacheVersion() && entry.text === text && usable ? entry.config : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, text: string, config: Config): void {
  if (!existsSync(join(dirname(file), '..', '..'))) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ version: cacheVersion(), text, config }));
  } catch {
    // A read-only node_modules only costs speed.
  }
}
