export type CiProvider = 'github' | 'gitlab';

export interface CommitRange {
  base: string;
  head: string;
}

export interface CiContext {
  provider: CiProvider | undefined;
  /** Set when the pipeline runs for a pull (merge) request. */
  pullRequest: { base: string; head: string; range: CommitRange | undefined } | undefined;
  /** The branch a push pipeline runs for. */
  branch: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * What GitHub Actions or GitLab CI says about the run, from their predefined variables and, on
 * GitHub, the event payload (`GITHUB_EVENT_PATH`, parsed by the caller), which holds the ids of
 * the pull request's head and base.
 */
export function readCiContext(env: Env, githubEvent: unknown): CiContext {
  if (env.GITLAB_CI === 'true' || env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) return gitlab(env);
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_HEAD_REF) return github(env, githubEvent);
  return { provider: undefined, pullRequest: undefined, branch: undefined };
}

function github(env: Env, event: unknown): CiContext {
  const provider = env.GITHUB_ACTIONS === 'true' ? 'github' : undefined;
  const head = nonEmpty(env.GITHUB_HEAD_REF);
  const base = nonEmpty(env.GITHUB_BASE_REF);
  if (head && base) {
    const pr = pullRequestOf(event);
    const baseSha = pr?.base;
    const headSha = pr?.head;
    // pull_request checks out the merge of head into base; pull_request_target checks out base.
    const range =
      baseSha && headSha
        ? { base: baseSha, head: headSha }
        : env.GITHUB_EVENT_NAME === 'pull_request'
          ? { base: `origin/${base}`, head: 'HEAD' }
          : undefined;
    return { provider, pullRequest: { base, head, range }, branch: undefined };
  }
  const branch = env.GITHUB_REF_TYPE === 'branch' ? nonEmpty(env.GITHUB_REF_NAME) : undefined;
  return { provider, pullRequest: undefined, branch };
}

function gitlab(env: Env): CiContext {
  const head = nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME);
  const base = nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME);
  if (head && base) {
    const baseSha = nonEmpty(env.CI_MERGE_REQUEST_DIFF_BASE_SHA);
    // The source branch's id is set only in merged-results pipelines; otherwise CI_COMMIT_SHA is it.
    const headSha = nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA) ?? nonEmpty(env.CI_COMMIT_SHA);
    const range = baseSha && headSha ? { base: baseSha, head: headSha } : undefined;
    return { provider: 'gitlab', pullRequest: { base, head, range }, branch: undefined };
  }
  return { provider: 'gitlab', pullRequest: undefined, branch: nonEmpty(env.CI_COMMIT_BRANCH) };
}

function pullRequestOf(event: unknown): { base: string | undefined; head: string | undefined } | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const pr = (event as { pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } } }).pull_request;
  if (!pr) return undefined;
  const sha = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{40,64}$/.test(value) ? value : undefined);
  return { base: sha(pr.base?.sha), head: sha(pr.head?.sha) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
