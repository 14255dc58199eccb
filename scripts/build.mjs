// Bundles src/ into dist/ with one chunk per command, so that a hook loads only the code it runs
// (never the prompt library, never zod unless the config changed). Type checking is `npm run typecheck`.
// Usage: node scripts/build.mjs [outdir]   (default dist; tests build into a folder of their own)
import { build } from 'esbuild';
import { chmod, readFile, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, process.argv[2] ?? 'dist');
const staging = `${outdir}.tmp-${process.pid}`;
const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [resolve(root, 'src/cli.ts')],
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  chunkNames: 'chunks/[name]-[hash]',
  define: { __STAGEFLOW_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
await chmod(resolve(staging, 'cli.js'), 0o755);
// Swap the finished build in whole, so a hook running meanwhile never sees half a dist/.
await rm(outdir, { recursive: true, force: true });
await rename(staging, outdir);
