import type { ProtectedBranchRequest } from './gitlab-protection.js';
import { isObject, parseJsonSequence } from './json-sequence.js';

/** One entry of a protected branch's access lists, as `GET /projects/:id/protected_branches` returns it. */
export interface GitlabAccess {
  access_level: number;
  access_level_description?: string;
  user_id?: number | null;
  group_id?: number | null;
  deploy_key_id?: number | null;
}

export interface GitlabProtectedBranch {
  name: string;
  push_access_levels?: GitlabAccess[];
  merge_access_levels?: GitlabAccess[];
  allow_force_push?: boolean;
}

export type GitlabFinding = { kind: 'missing' } | { kind: 'push-allowed'; who: string[] } | { kind: 'force-push' };

export interface GitlabComparison {
  desired: ProtectedBranchRequest;
  findings: GitlabFinding[];
}

export type ParsedProtectedBranches = { ok: true; branches: GitlabProtectedBranch[] } | { ok: false; detail: string };

/** Reads what `glab api projects/:id/protected_branches --paginate` printed: arrays of protected branches. */
export function parseProtectedBranches(text: string): ParsedProtectedBranches {
  const values = parseJsonSequence(text);
  if (!values.ok) return { ok: false, detail: values.detail };
  const items = values.values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
  for (const [index, item] of items.entries()) {
    if (isObject(item) && item.name === undefined && typeof item.message === 'string')
      return { ok: false, detail: `GitLab answered with an error: ${item.message}` };
    if (!isObject(item) || typeof item.name !== 'string' || !Array.isArray(item.push_access_levels)) {
      return {
        ok: false,
        detail: `item ${index + 1} has no "name" and "push_access_levels": ${JSON.stringify(item)?.slice(0, 80)}`,
      };
    }
  }
  return { ok: true, branches: items as GitlabProtectedBranch[] };
}

/** Matched by exact name, as GitLab stores them (`stage/*` is one protected branch of its own). */
export function compareProtectedBranches(
  desired: readonly ProtectedBranchRequest[],
  actual: readonly GitlabProtectedBranch[],
): GitlabComparison[] {
  return desired.map((want) => {
    const found = actual.find((branch) => branch.name === want.name);
    if (found === undefined) return { desired: want, findings: [{ kind: 'missing' }] };
    const findings: GitlabFinding[] = [];
    // Level 0 alone means no one; any other entry (a role, a user, a group, a deploy key) may push.
    const pushers = (found.push_access_levels ?? []).filter(
      (access) =>
        access.access_level !== 0 || access.user_id != null || access.group_id != null || access.deploy_key_id != null,
    );
    if (pushers.length > 0) findings.push({ kind: 'push-allowed', who: pushers.map(describeAccess) });
    if (found.allow_force_push === true) findings.push({ kind: 'force-push' });
    return { desired: want, findings };
  });
}

function describeAccess(access: GitlabAccess): string {
  if (access.user_id != null) return `user ${access.user_id}`;
  if (access.group_id != null) return `group ${access.group_id}`;
  if (access.deploy_key_id != null) return `deploy key ${access.deploy_key_id}`;
  return access.access_level_description ?? `access level ${access.access_level}`;
}
