// Bundles src/ into one file, dist/cli.js, in CommonJS: node starts a CommonJS file about 10 ms
// sooner than the same code as ES modules, and a hook pays that on every commit (npm run bench).
// Commands stay lazy: each `import()` of src/ becomes a function that runs the module on first
// use, and each package (zod, enquirer) is required only inside the module that uses it, so a
// hook never loads the prompt library, nor zod unless the config changed.
// Type checking is `npm run typecheck`.
// Usage: node scripts/build.mjs [outdir]   (default dist; tests build into a folder of their own)
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, process.argv[2] ?? 'dist');
const staging = `${outdir}.tmp-${process.pid}`;
const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [resolve(root, 'src/cli.ts')],
  outfile: resolve(staging, 'cli.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Strict, as the ES modules it was; `import.meta.url` gets its CommonJS value, worked out on use.
  banner: {
    js: '#!/usr/bin/env node\n"use strict";\nvar __importMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };',
  },
  define: { __STAGEFLOW_VERSION__: JSON.stringify(version), 'import.meta.url': '__importMeta.url' },
  logLevel: 'warning',
});
await chmod(resolve(staging, 'cli.js'), 0o755);
// The package is "type": "module"; this marks the bundle as the CommonJS it is.
await mkdir(staging, { recursive: true });
await writeFile(resolve(staging, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
// Swap the finished build in whole, so a hook running meanwhile never sees half a dist/.
await rm(outdir, { recursive: true, force: true });
await rename(staging, outdir);
