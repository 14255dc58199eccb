import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What node:module has and @types/node leaves out: the CommonJS loader's own parts. */
type Loader = typeof Module & {
  _cache: Record<string, unknown>;
  _nodeModulePaths(dir: string): string[];
  wrap(source: string): string;
};

/**
 * `require(file)` of a CommonJS bundle, with V8's compiled code kept from the last run in `cacheDir`:
 * node 20 compiles the whole hook bundle on every commit, and has no module.enableCompileCache.
 * The cache file holds the bundle's bytes, then V8's code: V8 checks its own version and flags but
 * only the length of the source, so the code is used only after the bytes that made it. A missing,
 * refused, damaged or stale cache only means compiling as require would. The cache is written when
 * the process exits, so it holds the functions this run compiled; never where there is no node_modules.
 */
export function requireWithCodeCache(file: string, cacheDir: string, name: string): void {
  const loader = Module as Loader;
  const bytes = readFileSync(file);
  // One file per hook (each compiles its own functions) and per node, so that two nodes do not take turns.
  const cacheFile = join(cacheDir, `${name}-${process.version}-${process.arch}.v8`);
  const cached = codeMadeFrom(readCache(cacheFile), bytes);
  const script = new Script(loader.wrap(bytes.toString('utf8')), { filename: file, cachedData: cached });
  if (cached === undefined || script.cachedDataRejected)
    process.once('exit', () => writeCache(cacheFile, () => Buffer.concat([bytes, script.createCachedData()])));

  const module = new Module(file, undefined);
  module.filename = file;
  module.paths = loader._nodeModulePaths(dirname(file));
  loader._cache[file] = module;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
}

/** The V8 code in `cache`, when the cache was made from exactly `source`. */
function codeMadeFrom(cache: Buffer | undefined, source: Buffer): Buffer | undefined {
  if (cache === undefined || cache.length <= source.length) return undefined;
  return cache.subarray(0, source.length).equals(source) ? cache.subarray(source.length) : undefined;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Whole or not at all (a rename), and never at the cost of the hook's own exit code. */
function writeCache(file: string, contents: () => Buffer): void {
  try {
    const dir = dirname(file);
    if (!existsSync(join(dir, '..', '..'))) return;
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, contents());
    renameSync(temporary, file);
  } catch {
    // No cache: the next run compiles, as require does.
  }
}
