import type { Config } from '../core/config/types.js';
import type { GitlabComparison, GitlabFinding } from '../core/protect/compare-gitlab.js';
import type { GitlabProtection } from '../core/protect/gitlab-protection.js';
import {
  approvalRuleScript,
  FETCH_PROTECTED_BRANCHES,
  projectSettingsScript,
  protectBranchScript,
} from '../core/protect/gitlab-script.js';
import pc from './colors.js';
import { comment, plural, unprotectedMainLines } from './protect-text.js';
import { renderReport } from './render.js';

function gitlabFindingText(finding: GitlabFinding, name: string): string {
  switch (finding.kind) {
    case 'missing':
      return `missing: ${name} is not a protected branch, so anyone with developer access pushes, force-pushes and deletes it`;
    case 'push-allowed':
      return `weaker: ${finding.who.join(', ')} may push to ${name} directly, without a merge request`;
    case 'force-push':
      return `weaker: force pushes to ${name} are allowed (allow_force_push)`;
  }
}

/** `protect gitlab --compare`: one report per protected branch that falls short, with the script that replaces it. */
export function gitlabCompareText(comparisons: readonly GitlabComparison[]): { ok: boolean; text: string } {
  const short = comparisons.filter((comparison) => comparison.findings.length > 0);
  if (short.length === 0) {
    const names = comparisons.map((comparison) => comparison.desired.name).join(', ');
    return {
      ok: true,
      text: `${pc.green('✔')} GitLab holds the strategy: ${names} take merges only, no direct or force push. (Approvals are not compared.)\n`,
    };
  }
  const parts = short.map(({ desired, findings }) => {
    const report = renderReport({
      title: `GitLab does not hold the strategy on ${desired.name}: ${plural(findings.length, 'finding')}`,
      details: findings.map((finding) => gitlabFindingText(finding, desired.name)),
      fixes: [
        {
          say: `Protect ${desired.name} as stageflow does (in a clone, glab logged in as a maintainer):`,
          commands: [],
        },
      ],
    });
    return `${report}${protectBranchScript(desired)}\n`;
  });
  return { ok: false, text: parts.join('\n') };
}

export function gitlabCompareInputText(source: string, detail: string): string {
  return renderReport({
    title: `protect gitlab --compare: ${source} is not what glab api returns for protected branches: ${detail}`,
    fixes: [
      {
        say: 'Fetch the protected branches and compare (in a clone, glab logged in):',
        commands: [`${FETCH_PROTECTED_BRANCHES} | npx stageflow protect gitlab --compare -`],
      },
    ],
  });
}

export function gitlabScriptText(protection: GitlabProtection, config: Config): string {
  const approvals = plural(config.protect.requiredApprovals, 'approval');
  const lines = [
    '# stageflow protect gitlab: protected branches that hold the strategy on the server too.',
    '# Run in a clone of the project with glab logged in as a maintainer (glab fills in :id).',
    ...unprotectedMainLines(protection.mainUnprotected, config),
  ];
  for (const branch of protection.branches) {
    lines.push(
      '',
      comment(
        `${branch.name}: no one pushes, developers and maintainers merge, no force push. An existing protection is replaced.`,
      ),
      protectBranchScript(branch),
    );
  }
  lines.push(
    '',
    '# A merge request merges only when its pipeline passed: run npx stageflow check in a merge request job.',
    projectSettingsScript('projects/:id', protection.project),
    '',
    `# Premium and Ultimate only: ${approvals} on every protected branch, not by the author or a committer, reset by new commits.`,
    approvalRuleScript(protection.approvalRule),
    projectSettingsScript('projects/:id/approvals', protection.approvalSettings),
  );
  return `${lines.join('\n')}\n`;
}
