// The packed package.json must not carry the development `prepare` (build + husky): npm 11 warns
// every consumer that it is "not yet covered by allowScripts", though npm never runs it for them.
// npm pack and npm publish run `prepack` before reading the files and `postpack` after, so
// `strip` writes the manifest without it and keeps the original aside; `restore` puts it back.
// Usage: node scripts/pack-manifest.mjs strip|restore
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = resolve(root, 'package.json');
const kept = resolve(root, '.package.json.prepack');
const mode = process.argv[2];

if (mode === 'strip') {
  // A kept copy means an earlier pack stopped before postpack: restore from it, never overwrite it.
  if (!existsSync(kept)) renameSync(manifest, kept);
  const text = readFileSync(kept, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  const indent = /^\{\n( +)/.exec(text)?.[1] ?? '  ';
  writeFileSync(manifest, `${JSON.stringify(pkg, null, indent)}\n`);
} else if (mode === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('Usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
