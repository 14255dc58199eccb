import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileWrite } from '../core/init/plan-init.js';

/** Writes (or deletes) the planned files below the git root. */
export function applyWrites(topLevel: string, writes: readonly FileWrite[]): void {
  for (const write of writes) {
    const path = join(topLevel, write.path);
    if (write.content === undefined) {
      rmSync(path, { force: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, write.content);
    if (write.executable) chmodSync(path, 0o755);
  }
}
