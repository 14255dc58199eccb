import type { Config } from '../core/config/types.js';
import type { Finding, RulesetComparison, RuleType } from '../core/protect/compare-github.js';
import type { DesiredRuleset, GithubProtection } from '../core/protect/github-rulesets.js';
import { FETCH_RULESETS, patchRulesetScript, RULESETS_ENDPOINT, upsertScript } from '../core/protect/github-script.js';
import { FETCH_PROTECTED_BRANCHES } from '../core/protect/gitlab-script.js';
import type { ParsedRulesets } from '../core/protect/parse-rulesets.js';
import pc from './colors.js';
import { shellQuote as q, renderReport } from './render.js';

export const PROTECT_PROVIDERS = ['github', 'gitlab'];

export const PROTECT_USAGE = `Usage: stageflow protect github [--json] [--with-patterns] [--compare <file>|-]
       stageflow protect gitlab [--json] [--compare <file>|-]
  Prints what makes the server hold the strategy too, from this project's config: GitHub rulesets
  (as gh api commands, or their request bodies with --json), or GitLab protected branches.
  Nothing is sent: run the printed commands in a clone of the repository, logged in as an admin.
  --with-patterns  also check branch names and commit subjects on push (a paid GitHub plan)
  --compare <file> say what the repository's rulesets or protected branches lack; the file (or -
                   for standard input) is what one of these prints:
                   ${FETCH_RULESETS}
                   ${FETCH_PROTECTED_BRANCHES}
  Exit code: 0, or 1 when --compare finds something missing or weaker.`;

/**
 * A shell comment line. Config values in it (a branch name, a ticket pattern) may hold a line break,
 * which would end the comment and run the rest when the output goes through `| sh`: written escaped.
 */
export function comment(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what gets escaped
  return `# ${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => JSON.stringify(char).slice(1, -1))}`;
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What a desired ruleset guards, in words: `main`, `stage/<stage-name>`. */
function guarded(ruleset: DesiredRuleset, config: Config): string {
  if (ruleset.key === 'main') return config.branches.main;
  if (ruleset.key === 'stages') return `${config.branches.stagePrefix}<stage-name>`;
  return 'every branch';
}

function rulesetPurpose(ruleset: DesiredRuleset, config: Config): string {
  if (ruleset.key === 'patterns') {
    const length = config.rules['subject-min-length'];
    return `branch names follow the strategy${length === false ? '' : `, and commit subjects are at least ${length} characters`}, on every push (rules of a paid plan).`;
  }
  const approvals = plural(config.protect.requiredApprovals, 'approving review');
  const creation = ruleset.key === 'stages' ? ' Creating a stage (start-stage --push) stays allowed.' : '';
  return `${guarded(ruleset, config)} changes only by pull request, with ${approvals} from someone other than its last pusher (dismissed by new commits) and "stageflow check" passed; it is never deleted or force-pushed.${creation}`;
}

/** Comment lines, so the whole output can go through `| sh` as well as be pasted. */
export function githubScriptText(protection: GithubProtection, config: Config): string {
  const lines = [
    '# stageflow protect github: GitHub rulesets that hold the strategy on the server too.',
    '# Run in a clone of the repository with gh logged in as an admin (or set GH_REPO=owner/name).',
    '# Each block creates its ruleset, or updates the ruleset of the same name in place.',
    ...unprotectedMainLines(protection.mainUnprotected, config),
  ];
  for (const ruleset of protection.rulesets) {
    lines.push('', comment(`${ruleset.body.name}: ${rulesetPurpose(ruleset, config)}`));
    if (ruleset.key === 'patterns') lines.push(...patternLimits(config).map(comment));
    lines.push(upsertScript(ruleset));
  }
  return `${lines.join('\n')}\n`;
}

export function unprotectedMainLines(mainUnprotected: boolean, config: Config): string[] {
  return mainUnprotected
    ? [
        comment(
          `${config.branches.main} is in branches.unprotected, so it gets no ruleset; remove it from there to guard it.`,
        ),
      ]
    : [];
}

/** For `--json`, where stdout is only the bodies: the same notes, on stderr. */
export function githubJsonNotes(protection: GithubProtection, config: Config): string {
  const lines = unprotectedMainLines(protection.mainUnprotected, config).map((line) => line.slice(2));
  if (protection.rulesets.some((ruleset) => ruleset.key === 'patterns')) lines.push(...patternLimits(config));
  return lines.length === 0 ? '' : `${lines.map((line) => `stageflow: ${line}`).join('\n')}\n`;
}

/** What GitHub's patterns (RE2, one per rule) cannot check that the hooks and `stageflow check` do. */
function patternLimits(config: Config): string[] {
  const { rules } = config;
  const hooksOnly = [
    'a stage name without double or trailing dashes',
    rules['subject-min-words'] !== false && `subjects of at least ${rules['subject-min-words']} words`,
    rules['subject-placeholder'] !== false && 'placeholder subjects ("wip", "asdf")',
    rules['subject-wip'] && 'work-in-progress markers',
    rules['subject-vague'] && 'subjects of generic words only ("Fix bug in code")',
    rules['subject-web-editor'] && "the GitHub web editor's default subjects",
    rules['body-leading-blank'] && 'the blank line after the subject',
    rules['ticket-pattern'] !== false && `the ticket pattern ${rules['ticket-pattern']}`,
    rules['conventional-commits'] !== false && 'conventional commit types',
  ].filter((item): item is string => typeof item === 'string');
  return [
    `The patterns cannot check, where the hooks and "stageflow check" do: ${hooksOnly.join(', ')}.`,
    'The route of a pull request (work -> stage -> main) is held by the required "stageflow check".',
  ];
}

const RULE_GAPS: Partial<Record<RuleType, (branch: string) => string>> = {
  deletion: (branch) => `no "deletion" rule: ${branch} can be deleted`,
  non_fast_forward: (branch) => `no "non_fast_forward" rule: ${branch} can be force-pushed`,
  pull_request: (branch) => `no "pull_request" rule: ${branch} takes pushes without a pull request or a review`,
  required_status_checks: (branch) =>
    `no "required_status_checks" rule: a pull request into ${branch} merges without "stageflow check" passing`,
  branch_name_pattern: () => 'no "branch_name_pattern" rule: GitHub takes branches of any name',
  commit_message_pattern: () => 'no "commit_message_pattern" rule: GitHub takes commits with any subject',
};

function findingText(finding: Finding, ruleset: DesiredRuleset, config: Config): string {
  const branch = guarded(ruleset, config);
  switch (finding.kind) {
    case 'missing-ruleset':
      return `missing: no enforced ruleset covers ${ruleset.ref}, so ${branch} takes direct pushes, force pushes and deletion from anyone with write access`;
    case 'not-enforced':
      return `not enforced: ruleset "${ruleset.body.name}" (id ${finding.id}) is set to "${finding.enforcement}", so GitHub ${finding.enforcement === 'evaluate' ? 'only records what it would refuse' : 'ignores it'}`;
    case 'missing-rule':
      return `missing: ${RULE_GAPS[finding.rule]?.(branch) ?? `no "${finding.rule}" rule`}`;
    case 'fewer-approvals':
      return `weaker: a pull request into ${branch} needs ${plural(finding.have, 'approving review')}; the config asks for ${finding.want} (protect.requiredApprovals)`;
    case 'stale-reviews-kept':
      return `weaker: an approval of ${branch}'s pull request stays when new commits are pushed after it (dismiss_stale_reviews_on_push is off)`;
    case 'missing-status-check':
      return `missing: "${finding.context}" is not a required status check, so a pull request into ${branch} merges with it failing`;
    case 'different-pattern':
      return `different: the ${finding.rule} rule ${finding.have.length === 0 ? 'has no pattern' : `has ${finding.have.map((pattern) => JSON.stringify(pattern)).join(', ')}`}, not ${JSON.stringify(finding.want)}`;
    case 'bypass-actors':
      return `weaker: ruleset "${finding.name}" (id ${finding.id}) lets ${finding.actors.join(', ')} bypass it on ${branch}`;
    case 'creation-blocked':
      return `blocked: ruleset "${finding.name}" (id ${finding.id}) has a "creation" rule on ${branch}, so start-stage --push cannot create a stage`;
  }
}

type ForeignFinding = Extract<Finding, { kind: 'bypass-actors' | 'creation-blocked' }>;

/** The fix for a ruleset someone else wrote: only the field at fault changes. */
function foreignFix(finding: ForeignFinding): { say: string; commands: string[] } {
  const { type, name } = finding.source;
  const from = `(it comes from the ${type.toLowerCase()}${type === 'Repository' ? '' : ` ${name}`})`;
  const [say, fields] =
    finding.kind === 'bypass-actors'
      ? [`Let no one bypass ruleset "${finding.name}" ${from}:`, { bypass_actors: [] }]
      : [
          `Take the "creation" rule out of ruleset "${finding.name}" ${from}, keeping its other rules:`,
          { rules: finding.rules },
        ];
  if (type === 'Repository') return { say, commands: [patchRulesetScript(RULESETS_ENDPOINT, finding.id, fields)] };
  if (type === 'Organization')
    return { say, commands: [patchRulesetScript(`orgs/${name}/rulesets`, finding.id, fields)] };
  return {
    say: `${say} an enterprise owner changes it under the enterprise's Policies, Code, Rulesets (the repository's API cannot).`,
    commands: [],
  };
}

/** `--compare`: one report per ruleset that falls short, each ending with the commands that fix it. */
export function compareText(comparisons: readonly RulesetComparison[], config: Config): { ok: boolean; text: string } {
  const short = comparisons.filter((comparison) => comparison.findings.length > 0);
  if (short.length === 0) {
    const names = comparisons.map((comparison) => `"${comparison.desired.body.name}"`).join(', ');
    return {
      ok: true,
      text: `${pc.green('✔')} GitHub holds the strategy: every rule of ${names} is enforced, with no bypass.\n`,
    };
  }
  const parts = short.map(({ desired, findings }) => {
    // stageflow's own ruleset is put right by its script; any other gets a change of the field at fault.
    const isForeign = (finding: Finding): finding is ForeignFinding =>
      finding.kind === 'bypass-actors' || (finding.kind === 'creation-blocked' && finding.name !== desired.body.name);
    const own = findings.filter((finding) => !isForeign(finding));
    const foreign = findings.filter(isForeign);
    const report = renderReport({
      title: `GitHub does not hold the strategy on ${guarded(desired, config)}: ${plural(findings.length, 'finding')}`,
      details: findings.map((finding) => findingText(finding, desired, config)),
      fixes: [
        ...foreign.map(foreignFix),
        ...(own.length > 0
          ? [
              {
                say: `Create "${desired.body.name}", or update it in place (in a clone, gh logged in as an admin):`,
                commands: [],
              },
            ]
          : []),
      ],
    });
    // The script is not indented: a here-document's terminator must start its line.
    return own.length > 0 ? `${report}${upsertScript(desired)}\n` : report;
  });
  return { ok: false, text: parts.join('\n') };
}

export function compareInputText(source: string, problem: Exclude<ParsedRulesets, { ok: true }>): string {
  const title =
    problem.problem === 'summaries'
      ? `protect --compare: ${source} holds ruleset summaries without their rules (${problem.names.map((name) => `"${name}"`).join(', ')})`
      : `protect --compare: ${source} is not what gh api returns for rulesets: ${problem.detail}`;
  return renderReport({
    title,
    details: [
      problem.problem === 'summaries'
        ? 'The list endpoint (gh api repos/{owner}/{repo}/rulesets) leaves the rules out; each ruleset fetched by its id has them.'
        : 'It takes rulesets as gh api prints them: a JSON array or object, or one per call in a row.',
    ],
    fixes: [
      {
        say: 'Fetch every ruleset in full and compare (in a clone, gh logged in):',
        commands: [`${FETCH_RULESETS} | npx stageflow protect github --compare -`],
      },
    ],
  });
}

export function compareUnreadableText(file: string, fetch: string): string {
  const provider = fetch === FETCH_RULESETS ? 'github' : 'gitlab';
  return renderReport({
    title: `protect --compare: cannot read ${file}`,
    fixes: [
      {
        say: 'Save what the server answers to it first, or pipe it in with - :',
        commands: [`${fetch} > ${q(file)}`, `${fetch} | npx stageflow protect ${provider} --compare -`],
      },
    ],
  });
}

export function unknownProtectProviderText(provider: string | undefined): string {
  return renderReport({
    title:
      provider === undefined
        ? 'protect: which server? github or gitlab'
        : `protect: stageflow does not know the server "${provider}"`,
    details: [`It writes protection for: ${PROTECT_PROVIDERS.join(', ')}.`],
    fixes: [{ say: 'Print the GitHub rulesets:', commands: ['npx stageflow protect github'] }],
  });
}

export function gitlabOnlyGithubText(option: string): string {
  return renderReport({
    title: `protect gitlab: ${option} is for GitHub only`,
    details: ['GitLab has no rulesets; its protected branches, pipeline and approval settings are printed without it.'],
    fixes: [{ say: 'Print the GitLab commands:', commands: ['npx stageflow protect gitlab'] }],
  });
}
