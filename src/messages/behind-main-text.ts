import type { BehindBranch, BehindMainReport } from '../core/status/behind-main.js';

const commits = (count: number) => `${count} commit${count === 1 ? '' : 's'}`;

function headline(report: BehindMainReport): string {
  const { stages, work } = report;
  if (stages.length === 0 && work.length === 0)
    return `every stage and open work branch already has ${report.main} at ${report.mainSha.slice(0, 7)}`;
  const parts = [
    stages.length > 0 ? `${stages.length} stage${stages.length === 1 ? '' : 's'}` : '',
    work.length > 0 ? `${work.length} open work branch${work.length === 1 ? '' : 'es'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} ${stages.length + work.length === 1 ? 'is' : 'are'} behind ${report.main} at ${report.mainSha.slice(0, 7)}`;
}

const UPDATE =
  "On each work branch, npx stageflow sync brings in its stage's and main's new commits (the pull request into the stage carries main along); then run the regression tests.";

/** The job summary of main's deploy ($GITHUB_STEP_SUMMARY): what main's move leaves behind, and how to catch up. */
export function behindMainMarkdown(report: BehindMainReport): string {
  const lines = [`### ${report.main} moved: ${headline(report)}`, ''];
  const table = (title: string, rows: readonly BehindBranch[]) => {
    if (rows.length === 0) return;
    lines.push(`| ${title} | behind ${report.main} | not in ${report.main} yet |`, '| --- | ---: | ---: |');
    for (const row of rows) lines.push(`| \`${row.branch}\` | ${row.behind} | ${row.ahead} |`);
    lines.push('');
  };
  table('Stage', report.stages);
  table('Work branch', report.work);
  if (report.stages.length + report.work.length > 0)
    lines.push(UPDATE.replace('npx stageflow sync', '`npx stageflow sync`'), '');
  return `${lines.join('\n')}`;
}

export function behindMainText(report: BehindMainReport): string {
  const rows = [...report.stages, ...report.work].map(
    (row) => `  ${row.branch}: ${commits(row.behind)} behind ${report.main}, ${commits(row.ahead)} not in it yet`,
  );
  return [`${report.main} moved: ${headline(report)}`, ...rows, ...(rows.length > 0 ? [`  ${UPDATE}`] : []), ''].join(
    '\n',
  );
}

export function noMainText(main: string, remote: string): string {
  return `stageflow: status --behind-main: there is no ${main} here nor on ${remote} (as last fetched) to compare with.\n  Fetch it: git fetch ${remote}\n`;
}
