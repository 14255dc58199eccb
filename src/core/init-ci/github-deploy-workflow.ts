import type { BranchConfig } from '../config/types.js';
import { stripPrefixExpansion } from './strip-prefix.js';

export const GITHUB_DEPLOY_WORKFLOW_PATH = '.github/workflows/stageflow-deploy.yml';

/**
 * The GitHub Actions workflow of the promotion pipeline: a push to main or a stage branch deploys
 * its stage (one deploy per stage at a time, never cancelled half-way), deleting a stage branch
 * removes its stack, and main's deploy lists in the job summary what main's move left behind.
 * AWS credentials come through OIDC from the role in the repository variable AWS_DEPLOY_ROLE_ARN.
 */
export function githubDeployWorkflow(packageDir: string, branches: BranchConfig): string {
  const inPackage =
    packageDir === '' ? '' : `\ndefaults:\n  run:\n    working-directory: ${JSON.stringify(packageDir)}\n`;
  const lockfile =
    packageDir === '' ? '' : `\n          cache-dependency-path: ${JSON.stringify(`${packageDir}/package-lock.json`)}`;
  const main = JSON.stringify(branches.main);
  const setup = `      - uses: actions/setup-node@v6
        with:
          node-version: lts/*
          cache: npm${lockfile}
      - run: npm ci
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: \${{ vars.AWS_DEPLOY_ROLE_ARN }}
          aws-region: \${{ vars.AWS_REGION }}`;
  return `# Written by \`stageflow init --ci github --deploy\`. The promotion pipeline: a push to ${branches.main}
# deploys the live stage, a push to ${branches.stagePrefix}<stage-name> deploys <stage-name>, and deleting a
# stage branch removes its stack. The stageflow plugin in serverless.yml refuses any other deploy.
# AWS credentials come through OIDC: set the repository variables AWS_DEPLOY_ROLE_ARN (a role that
# trusts token.actions.githubusercontent.com for this repository) and AWS_REGION. See docs/deploying.md.
name: stageflow deploy

on:
  push:
    branches: [${main}, ${JSON.stringify(`${branches.stagePrefix}**`)}]
  delete:

permissions:
  contents: read
  id-token: write
${inPackage}
jobs:
  deploy:
    if: github.event_name == 'push'
    name: deploy \${{ github.ref_name }}
    runs-on: ubuntu-latest
    # One deploy per stage at a time; a running deploy is never cancelled half-way.
    concurrency:
      group: stageflow-deploy-\${{ github.ref_name }}
      cancel-in-progress: false
    steps:
      - uses: actions/checkout@v6
        with:
          # Every branch, for the summary of what ${branches.main}'s move leaves behind.
          fetch-depth: 0
${setup}
      - run: npx serverless deploy --stage "$(npx stageflow stage)"
      - if: github.ref_name == ${quoteExpression(branches.main)}
        run: npx stageflow status --behind-main --markdown >> "$GITHUB_STEP_SUMMARY"

  remove:
    if: github.event_name == 'delete' && github.event.ref_type == 'branch' && startsWith(github.event.ref, ${quoteExpression(branches.stagePrefix)})
    name: remove \${{ github.event.ref }}
    runs-on: ubuntu-latest
    concurrency:
      group: stageflow-deploy-\${{ github.event.ref }}
      cancel-in-progress: false
    steps:
      # The branch is gone: this checks out the default branch, which has serverless.yml.
      - uses: actions/checkout@v6
${setup}
      - env:
          DELETED_BRANCH: \${{ github.event.ref }}
        run: npx serverless remove --stage ${stripPrefixExpansion('DELETED_BRANCH', branches.stagePrefix)}
`;
}

/** A string literal in a GitHub Actions expression: single quotes, a quote doubled. */
function quoteExpression(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
