import { isAbsolute, relative, sep } from 'node:path';

/**
 * `path` as seen from `root`: relative when inside it (`.git/hooks/pre-push`, written with `/`),
 * else absolute. How doctor and the hooks print a path, and how the runner names stageflow's bin.
 */
export function shownPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/');
}
