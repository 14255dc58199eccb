// Bundles src/ into dist/ with one chunk per command, so that a hook loads only the code it runs
// (never the prompt library, never zod unless the config changed). Type checking is `npm run typecheck`.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
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
