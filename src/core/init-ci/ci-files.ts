import type { CiProvider } from '../check/ci-context.js';
import type { BranchConfig } from '../config/types.js';
import { GITHUB_DEPLOY_WORKFLOW_PATH, githubDeployWorkflow } from './github-deploy-workflow.js';
import { GITHUB_WORKFLOW_PATH, githubWorkflow } from './github-workflow.js';
import { GITLAB_CI_PATH, gitlabCi } from './gitlab-ci.js';

export interface CiFile {
  /** Relative to the repository root, posix style. */
  path: string;
  content: string;
  /** What it makes the CI do, for the report. */
  role: 'check' | 'deploy' | 'check-and-deploy';
  /** The init command that writes it, for "rm it and run this" when an edited copy was kept. */
  command: string;
}

/** The files `init --ci <provider> [--deploy]` writes. */
export function ciFiles(provider: CiProvider, packageDir: string, branches: BranchConfig, deploy: boolean): CiFile[] {
  if (provider === 'gitlab') {
    const command = `npx stageflow init --ci gitlab${deploy ? ' --deploy' : ''}`;
    return [
      {
        path: GITLAB_CI_PATH,
        content: gitlabCi(packageDir, branches, deploy),
        role: deploy ? 'check-and-deploy' : 'check',
        command,
      },
    ];
  }
  const check: CiFile = {
    path: GITHUB_WORKFLOW_PATH,
    content: githubWorkflow(packageDir),
    role: 'check',
    command: 'npx stageflow init --ci github',
  };
  if (!deploy) return [check];
  return [
    check,
    {
      path: GITHUB_DEPLOY_WORKFLOW_PATH,
      content: githubDeployWorkflow(packageDir, branches),
      role: 'deploy',
      command: 'npx stageflow init --ci github --deploy',
    },
  ];
}
