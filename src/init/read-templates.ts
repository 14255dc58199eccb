import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StageflowError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { HOOK_NAMES, type HookName } from '../core/init/layout.js';
import { templatesMissingText } from '../messages/init-text.js';

/** This package's hooks/ folder: found upwards from the running bundle (dist/cli.js or dist/chunks/*). */
export function hooksTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'hooks', 'pre-commit')) && existsSync(join(dir, 'package.json'))) return join(dir, 'hooks');
    const parent = dirname(dir);
    if (parent === dir) throw new StageflowError(templatesMissingText(), ExitCode.internal);
    dir = parent;
  }
}

export function readTemplates(): Record<HookName, string> {
  const dir = hooksTemplateDir();
  return Object.fromEntries(HOOK_NAMES.map((hook) => [hook, readFileSync(join(dir, hook), 'utf8')])) as Record<HookName, string>;
}
