// Bundles src/ for node in CommonJS: node starts a CommonJS file about 10 ms sooner than the same
// code as ES modules, and a hook pays that on every commit (npm run bench).
//   dist/cli.js    src/cli-bin.ts, the bin: sends `stageflow hook ...` to hooks.js, which it loads with
//                  V8's compiled code from the last run (src/cli/code-cache.ts), and the rest to main.js
//   dist/hooks.js  src/cli-hook.ts: the hook command alone, less code to load on each commit
//   dist/check.js  src/cli-check.ts: `stageflow check` alone, which CI runs over whole pull requests
//   dist/main.js   src/cli.ts: every command
//   dist/serverless.js  the Serverless Framework plugin
// Both entries share one dispatcher (src/cli/run-cli.ts); each names the commands it has.
// Commands stay lazy: each `import()` of src/ becomes a function that runs the module on first
// use, and each package (zod, enquirer) is required only inside the module that uses it, so a
// hook never loads the prompt library, nor zod unless the config changed.
// Type checking is `npm run typecheck`.
// Usage: node scripts/build.mjs [outdir]   (default dist; tests build into a folder of their own)

import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, process.argv[2] ?? 'dist');
const staging = `${outdir}.tmp-${process.pid}`;
const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));

/** One bundle per entry: add one here to ship another. */
const BUNDLES = [
  { outfile: 'main.js', entryPoints: [resolve(root, 'src/cli.ts')] },
  { outfile: 'hooks.js', entryPoints: [resolve(root, 'src/cli-hook.ts')] },
  { outfile: 'check.js', entryPoints: [resolve(root, 'src/cli-check.ts')] },
  // The Serverless Framework plugin (stageflow/serverless): the framework `new`s what require() returns.
  {
    outfile: 'serverless.js',
    stdin: {
      contents: "module.exports = require('./src/serverless/plugin.ts').StageflowServerlessPlugin;",
      resolveDir: root,
      loader: 'js',
    },
  },
];

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Strict, as the ES modules it was; `import.meta.url` gets its CommonJS value, worked out on use.
  banner: {
    js: '"use strict";\nvar __importMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };',
  },
  define: { __STAGEFLOW_VERSION__: JSON.stringify(version), 'import.meta.url': '__importMeta.url' },
  logLevel: 'warning',
};
await Promise.all(
  BUNDLES.map(({ outfile, ...entry }) => build({ ...common, ...entry, outfile: resolve(staging, outfile) })),
);
// The bin requires the other bundles by path, at run time: it holds only its own few lines.
await build({
  ...common,
  entryPoints: [resolve(root, 'src/cli-bin.ts')],
  outfile: resolve(staging, 'cli.js'),
  banner: { js: '#!/usr/bin/env node' },
  define: {},
});
await chmod(resolve(staging, 'cli.js'), 0o755);
// The package is "type": "module"; this marks the bundles as the CommonJS they are.
await mkdir(staging, { recursive: true });
await writeFile(resolve(staging, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
// Swap the finished build in whole, so a hook running meanwhile never sees half a dist/.
await rm(outdir, { recursive: true, force: true });
await rename(staging, outdir);
