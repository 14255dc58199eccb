import { isAbsolute, resolve } from 'node:path/posix';
import { hostAndPath } from '../push/pull-request-url.js';

/**
 * Where a remote's default branch (its HEAD) is changed, judged from its URL: a bare repository on
 * this machine (`git --git-dir=<path> symbolic-ref`), one reached by ssh (the same, through ssh),
 * or a hosting service's settings page. `topLevel` resolves a relative path as git does from there.
 */
export type DefaultBranchPlace =
  | { kind: 'path'; gitDir: string }
  | { kind: 'ssh'; host: string; port?: string; gitDir: string }
  | { kind: 'settings'; page: string }
  | { kind: 'unknown' };

export function defaultBranchPlace(url: string, topLevel: string): DefaultBranchPlace {
  if (url.startsWith('file://')) return { kind: 'path', gitDir: decodeURIComponent(url.slice('file://'.length)) };
  if (!url.includes('://') && !/^[^/]+:/.test(url))
    return { kind: 'path', gitDir: isAbsolute(url) ? url : resolve(topLevel, url) };
  const repo = hostAndPath(url);
  if (!repo) return { kind: 'unknown' };
  const { host, path } = repo;
  if (host.includes('github')) return { kind: 'settings', page: `https://${host}/${path}/settings` };
  if (host.includes('gitlab')) return { kind: 'settings', page: `https://${host}/${path}/-/settings/repository` };
  if (host.includes('bitbucket')) return { kind: 'settings', page: `https://${host}/${path}/admin` };
  if (url.startsWith('ssh://')) {
    const parsed = new URL(url);
    const login = parsed.username ? `${parsed.username}@` : '';
    return {
      kind: 'ssh',
      host: `${login}${parsed.hostname}`,
      ...(parsed.port ? { port: parsed.port } : {}),
      gitDir: decodeURIComponent(parsed.pathname),
    };
  }
  if (!url.includes('://'))
    return { kind: 'ssh', host: url.slice(0, url.indexOf(':')), gitDir: url.slice(url.indexOf(':') + 1) };
  return { kind: 'unknown' };
}
