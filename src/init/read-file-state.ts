import { accessSync, constants, readFileSync } from 'node:fs';

/** A file's text, or undefined when it cannot be read (missing, a folder). */
export function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
