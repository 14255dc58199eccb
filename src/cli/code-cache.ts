import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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
 * The cache file is named by a hash of the bundle's text, node's version and the machine; V8 checks
 * its own version and flags, and a cache it refuses (or a missing, damaged or stale one) only means
 * compiling as require would. The cache is written when the process exits, so it holds the
 * functions this run compiled; it is never written where there is no node_modules.
 */
export function requireWithCodeCache(file: string, cacheDir: string, name: string): void {
  const loader = Module as Loader;
  const source = readFileSync(file, 'utf8');
  const key = createHash('sha1').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex');
  const cacheFile = join(cacheDir, `${name}-${key.slice(0, 20)}.v8`);
  const cached = readCache(cacheFile);
  const script = new Script(loader.wrap(source), { filename: file, cachedData: cached });
  if (cached === undefined || script.cachedDataRejected)
    process.once('exit', () => writeCache(script, cacheFile, name));

  const module = new Module(file, undefined);
  module.filename = file;
  module.paths = loader._nodeModulePaths(dirname(file));
  loader._cache[file] = module;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Whole or not at all (a rename), and never at the cost of the hook's own exit code. */
function writeCache(script: Script, file: string, name: string): void {
  try {
    const dir = dirname(file);
    if (!existsSync(join(dir, '..', '..'))) return;
    mkdirSync(dir, { recursive: true });
    // A cache of an older build or node is never read again.
    for (const old of readdirSync(dir)) {
      if (old.startsWith(`${name}-`) && old.endsWith('.v8') && join(dir, old) !== file) unlinkSync(join(dir, old));
    }
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {
    // No cache: the next run compiles, as require does.
  }
}
