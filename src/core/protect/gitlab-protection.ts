import { matchesAnyGlob } from '../branch/glob.js';
import type { Config } from '../config/types.js';

/** GitLab's access levels (protected branches API). */
const GITLAB_ACCESS = { noOne: 0, developer: 30, maintainer: 40 } as const;

/** The body of `POST /projects/:id/protected_branches`. */
export interface ProtectedBranchRequest {
  name: string;
  push_access_level: number;
  merge_access_level: number;
  unprotect_access_level: number;
  allow_force_push: boolean;
}

/** `POST /projects/:id/approval_rules` (Premium and Ultimate). */
export interface ApprovalRuleRequest {
  name: string;
  approvals_required: number;
  rule_type: 'any_approver';
  applies_to_all_protected_branches: boolean;
}

export interface GitlabProtection {
  branches: ProtectedBranchRequest[];
  /** `PUT /projects/:id`: a merge request waits for its pipeline, where `stageflow check` runs. */
  project: { only_allow_merge_if_pipeline_succeeds: boolean };
  /** `POST /projects/:id/approval_rules`, then `PUT /projects/:id/approvals`: plans with approvals only. */
  approvalRule: ApprovalRuleRequest;
  approvalSettings: {
    reset_approvals_on_push: boolean;
    merge_requests_author_approval: boolean;
    merge_requests_disable_committers_approval: boolean;
  };
  mainUnprotected: boolean;
}

export const APPROVAL_RULE_NAME = 'stageflow review';

/** main and the stages take merges from developers and maintainers, and pushes from no one. */
export function gitlabProtection(config: Config): GitlabProtection {
  const { branches } = config;
  const mainUnprotected = matchesAnyGlob(branches.main, branches.unprotected);
  const guarded = (name: string): ProtectedBranchRequest => ({
    name,
    push_access_level: GITLAB_ACCESS.noOne,
    merge_access_level: GITLAB_ACCESS.developer,
    unprotect_access_level: GITLAB_ACCESS.maintainer,
    allow_force_push: false,
  });
  // GitLab's wildcard `*` matches any characters, slashes too.
  const names = [...(mainUnprotected ? [] : [branches.main]), `${branches.stagePrefix}*`];
  return {
    branches: names.map(guarded),
    project: { only_allow_merge_if_pipeline_succeeds: true },
    approvalRule: {
      name: APPROVAL_RULE_NAME,
      approvals_required: config.protect.requiredApprovals,
      rule_type: 'any_approver',
      applies_to_all_protected_branches: true,
    },
    approvalSettings: {
      reset_approvals_on_push: true,
      merge_requests_author_approval: false,
      merge_requests_disable_committers_approval: true,
    },
    mainUnprotected,
  };
}
