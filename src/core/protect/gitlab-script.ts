import { shellQuote } from '../shell-quote.js';
import { APPROVAL_RULE_NAME, type ApprovalRuleRequest, type ProtectedBranchRequest } from './gitlab-protection.js';

const END = 'STAGEFLOW_BODY';
/** glab fills in :id from the clone it runs in; the body goes through a quoted here-document. `method` and `endpoint` are shell words. */
const send = (method: string, endpoint: string, body: object): string =>
  `glab api --method ${method} ${endpoint} -H 'Content-Type: application/json' --input - <<'${END}'\n${JSON.stringify(body, null, 2)}\n${END}`;

/**
 * GitLab cannot change a protected branch's push and merge levels in place (PATCH only adds
 * levels), so an existing protection is removed and made anew, one call apart.
 */
export function protectBranchScript(branch: ProtectedBranchRequest): string {
  const endpoint = `projects/:id/protected_branches/${encodeURIComponent(branch.name)}`;
  return [
    `if glab api ${shellQuote(endpoint)} >/dev/null 2>&1; then glab api --method DELETE ${shellQuote(endpoint)}; fi &&`,
    send('POST', 'projects/:id/protected_branches', branch),
  ].join('\n');
}

export function projectSettingsScript(endpoint: string, body: object): string {
  return send('PUT', shellQuote(endpoint), body);
}

/** Finds the rule by name with node (there wherever stageflow runs), then updates or creates it. */
export function approvalRuleScript(rule: ApprovalRuleRequest): string {
  const pick = `let s="";process.stdin.on("data",(d)=>{s+=d}).on("end",()=>{const r=JSON.parse(s).find((r)=>r.name===${JSON.stringify(APPROVAL_RULE_NAME)});if(r)console.log(r.id)})`;
  return [
    `id=$(glab api 'projects/:id/approval_rules' | node -e ${shellQuote(pick)}) &&`,
    `if [ -n "$id" ]; then method=PUT endpoint="projects/:id/approval_rules/$id"; else method=POST endpoint='projects/:id/approval_rules'; fi &&`,
    send('"$method"', '"$endpoint"', rule),
  ].join('\n');
}

/** Every protected branch of the project, in full, for `protect gitlab --compare -`. */
export const FETCH_PROTECTED_BRANCHES = `glab api 'projects/:id/protected_branches' --paginate`;
