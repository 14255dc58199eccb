import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The nearest directory from `cwd` up to the git root that holds a package.json. */
export function findPackageDir(cwd: string, topLevel: string): string | undefined {
  let dir = cwd;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dir === topLevel || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

/** A path below the git root in the posix form hooks and package.json use ('' for the root). */
export function posixRelative(topLevel: string, dir: string): string {
  return relative(topLevel, dir).split(sep).join('/');
}

/** husky's bin in the package's node_modules, or a workspace root's, up to the git root. */
export function findHuskyBin(packageDir: string, topLevel: string): string | undefined {
  let dir = packageDir;
  for (;;) {
    const bin = join(dir, 'node_modules', 'husky', 'bin.js');
    if (existsSync(bin)) return bin;
    const parent = join(dir, '..');
    if (dir === topLevel || parent === dir) return undefined;
    dir = parent;
  }
}
