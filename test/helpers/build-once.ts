import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cliPath: string;
  }
}

/**
 * Integration tests run the built CLI, as users do. Each test run builds into a folder of its
 * own (below the package, so the bundle finds node_modules), so runs side by side never meet.
 */
export default function buildOnce(project: TestProject): () => void {
  const outdir = join(import.meta.dirname, '..', '..', '.test-dist', String(process.pid));
  execFileSync(process.execPath, ['scripts/build.mjs', outdir], { stdio: 'inherit' });
  project.provide('cliPath', join(outdir, 'cli.js'));
  return () => rmSync(outdir, { recursive: true, force: true });
}
