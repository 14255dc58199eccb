import { renderNotice, renderReport, shellQuote as q } from './render.js';

export const CI_PROVIDERS = ['github'];

export function unknownProviderText(provider: string): string {
  return renderReport({
    title: `init --ci: stageflow does not write a workflow for "${provider}"`,
    details: [
      `It writes one for: ${CI_PROVIDERS.join(', ')}.`,
      'Elsewhere (GitLab CI included) run `npx stageflow check` in a merge request job after `npm ci`, with the whole history fetched; it reads the CI_MERGE_REQUEST_* variables.',
    ],
    fixes: [{ say: 'Write the GitHub Actions workflow:', commands: ['npx stageflow init --ci github'] }],
  });
}

export function notInWorkTreeText(cwd: string): string {
  return `stageflow: init --ci: ${cwd} is not inside a git work tree; the workflow goes into the repository's .github/workflows.\n  Run it in your project, or create the repository first: git init`;
}

/** The branch checked out when the hooks refuse commits on it: main, or a stage (with its stage name). */
export type ProtectedHead = { branch: string; stage: string | undefined };

const CI_CHANGE = 'check-pull-requests';

export function workflowWrittenText(path: string, dryRun: boolean, content: string, protectedHead?: ProtectedHead): string {
  if (dryRun) return `Would write ${path} (dry run, nothing written):\n${content}`;
  const commit = `git add ${q(path)} && git commit -m "Check branches and commit messages on pull requests"`;
  const wrote = `Wrote ${path}: every pull request now runs npx stageflow check (route, branch names, commit messages).\n`;
  if (protectedHead === undefined) return `${wrote}  Commit it: ${commit}\n`;
  const startWork = `npx stageflow start-work${protectedHead.stage === undefined ? '' : ` --stage ${q(protectedHead.stage)}`} --change ${CI_CHANGE}`;
  return (
    wrote +
    `  Commit it on a work branch: the hooks refuse commits on ${protectedHead.branch}${protectedHead.stage === undefined ? ', and start-work asks which stage to cut it from' : ''} (the new file comes along):\n` +
    `    ${startWork}\n` +
    `    ${commit}\n` +
    `  Then push the work branch and bring it in by pull request.\n`
  );
}

export function workflowUpToDateText(path: string): string {
  return `${path} is up to date; nothing to do.\n`;
}

export function workflowKeptText(path: string): string {
  return renderNotice(`${path} exists and differs from the one stageflow writes; it was kept as it is. To write it anew: rm ${q(path)} && npx stageflow init --ci github`);
}
