import { shellQuote } from '../shell-quote.js';
import type { DesiredRuleset } from './github-rulesets.js';

/** gh fills in {owner} and {repo} from the clone it runs in (or GH_REPO); nothing of the config reaches the shell. */
export const RULESETS_ENDPOINT = 'repos/{owner}/{repo}/rulesets';
const END = 'STAGEFLOW_RULESET';

/**
 * POSIX sh that creates the ruleset, or updates the one of the same name in place. The body goes
 * through a quoted here-document, so no character of a branch name is ever read by the shell; no
 * line of indented JSON can equal the terminator. A failed look-up stops it, so it never duplicates.
 */
export function upsertScript(ruleset: DesiredRuleset): string {
  const lookup = `[.[] | select(.name == ${JSON.stringify(ruleset.body.name)})][0].id // empty`;
  return [
    `id=$(gh api ${shellQuote(`${RULESETS_ENDPOINT}?includes_parents=false`)} --paginate --jq ${shellQuote(lookup)}) &&`,
    `if [ -n "$id" ]; then method=PUT endpoint="${RULESETS_ENDPOINT}/$id"; else method=POST endpoint=${shellQuote(RULESETS_ENDPOINT)}; fi &&`,
    `gh api --method "$method" "$endpoint" --input - --jq ${shellQuote('"\\(.name): ruleset \\(.id), \\(.enforcement)"')} <<'${END}'`,
    JSON.stringify(ruleset.body, null, 2),
    END,
  ].join('\n');
}

/** Changes only the given fields of a ruleset that stageflow did not write (a PUT leaves the others as they are). */
export function patchRulesetScript(endpoint: string, id: number, fields: object): string {
  return `echo ${shellQuote(JSON.stringify(fields))} | gh api --method PUT ${shellQuote(`${endpoint}/${id}`)} --input -`;
}

/** Lists every ruleset that applies to the repository in full, for `--compare -`: the list endpoint gives summaries without rules. */
export const FETCH_RULESETS = `gh api '${RULESETS_ENDPOINT}?includes_parents=true' --paginate --jq '.[].id' | while read -r id; do gh api "${RULESETS_ENDPOINT}/$id"; done`;
