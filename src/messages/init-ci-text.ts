import type { CiFile } from '../core/init-ci/ci-files.js';
import { shellQuote as q, renderNotice, renderReport } from './render.js';

export const CI_PROVIDERS = ['github', 'gitlab'];

export function unknownProviderText(provider: string): string {
  return renderReport({
    title: `init --ci: stageflow does not write a workflow for "${provider}"`,
    details: [
      `It writes one for: ${CI_PROVIDERS.join(', ')}.`,
      'Elsewhere run `npx stageflow check` in a pull request job after `npm ci`, with the whole history fetched.',
    ],
    fixes: [
      {
        say: 'Write the GitHub Actions workflow, or the GitLab CI pipeline:',
        commands: ['npx stageflow init --ci github', 'npx stageflow init --ci gitlab'],
      },
    ],
  });
}

export function notInWorkTreeText(cwd: string): string {
  return `stageflow: init --ci: ${cwd} is not inside a git work tree; the workflow goes into the repository's .github/workflows.\n  Run it in your project, or create the repository first: git init`;
}

/** The branch checked out when the hooks refuse commits on it: main, or a stage (with its stage name). */
export type ProtectedHead = { branch: string; stage: string | undefined };

const CI_CHANGE = 'check-pull-requests';

const ROLE_TEXT: Record<CiFile['role'], string> = {
  check: 'every pull request now runs npx stageflow check (route, branch names, commit messages).',
  deploy:
    'a push to main or a stage branch deploys its stage, one deploy per stage at a time; deleting a stage branch removes its stack.',
  'check-and-deploy':
    'every merge request runs npx stageflow check; a push to main or a stage branch deploys its stage; stopping a stage environment (GitLab does when its branch is deleted) removes its stack.',
};

export function ciWrittenText(files: readonly CiFile[], dryRun: boolean, protectedHead?: ProtectedHead): string {
  if (dryRun)
    return files.map((file) => `Would write ${file.path} (dry run, nothing written):\n${file.content}`).join('');
  const deploys = files.some((file) => file.role !== 'check');
  const commit = `git add ${files.map((file) => q(file.path)).join(' ')} && git commit -m "${deploys ? 'Deploy each stage from its branch, and check pull requests' : 'Check branches and commit messages on pull requests'}"`;
  const wrote = files.map((file) => `Wrote ${file.path}: ${ROLE_TEXT[file.role]}\n`).join('');
  const setup = deploys
    ? '  Before the first deploy: add the plugin to serverless.yml (plugins: [stageflow/serverless]), and set the CI variables\n' +
      "  AWS_DEPLOY_ROLE_ARN (an IAM role that trusts the CI's OIDC tokens) and AWS_REGION; docs/deploying.md shows how.\n"
    : '';
  if (protectedHead === undefined) return `${wrote}${setup}  Commit ${files.length === 1 ? 'it' : 'them'}: ${commit}\n`;
  const startWork = `npx stageflow start-work${protectedHead.stage === undefined ? '' : ` --stage ${q(protectedHead.stage)}`} --change ${CI_CHANGE}`;
  return (
    wrote +
    setup +
    `  Commit it on a work branch: the hooks refuse commits on ${protectedHead.branch}${protectedHead.stage === undefined ? ', and start-work asks which stage to cut it from' : ''} (the new file comes along):\n` +
    `    ${startWork}\n` +
    `    ${commit}\n` +
    `  Then push the work branch and bring it in by pull request.\n`
  );
}

export function workflowUpToDateText(path: string): string {
  return `${path} is up to date; nothing to do.\n`;
}

export function workflowKeptText(path: string, command: string): string {
  return renderNotice(
    `${path} exists and differs from the one stageflow writes; it was kept as it is. To write it anew: rm ${q(path)} && ${command}`,
  );
}
