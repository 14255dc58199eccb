/**
 * The page that opens a pull request from `head` into `base`, for remotes hosted on GitHub,
 * GitLab or Bitbucket; undefined for any other host.
 */
export function pullRequestUrl(remoteUrl: string, base: string, head: string): string | undefined {
  const repo = hostAndPath(remoteUrl);
  if (!repo) return undefined;
  const { host, path } = repo;
  const b = encodeURIComponent(base);
  const h = encodeURIComponent(head);
  // GitHub takes branch names in the path as they are, slashes included.
  if (host.includes('github')) return `https://${host}/${path}/compare/${inPath(base)}...${inPath(head)}?expand=1`;
  if (host.includes('gitlab')) {
    return `https://${host}/${path}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${h}&merge_request%5Btarget_branch%5D=${b}`;
  }
  if (host.includes('bitbucket')) return `https://${host}/${path}/pull-requests/new?source=${h}&dest=${b}`;
  return undefined;
}

export function hostAndPath(url: string): { host: string; path: string } | undefined {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp && !url.includes('://')) return { host: scp[1]!, path: scp[2]! };
  const standard = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^:/]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(url);
  if (standard) return { host: standard[1]!, path: standard[2]! };
  return undefined;
}

function inPath(branch: string): string {
  return encodeURIComponent(branch).replace(/%2F/g, '/');
}
