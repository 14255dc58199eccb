export const GITHUB_WORKFLOW_PATH = '.github/workflows/stageflow.yml';
/** The job's name is the status check's context, which `stageflow protect github` makes required. */
export const CHECK_JOB_NAME = 'stageflow check';

/**
 * The GitHub Actions workflow that runs `stageflow check` on every pull request. `packageDir` is
 * the project's folder relative to the repository root, posix style; '' when they are the same.
 */
export function githubWorkflow(packageDir: string): string {
  // A JSON string is a valid YAML double-quoted scalar, whatever the folder is called.
  const inPackage =
    packageDir === '' ? '' : `\ndefaults:\n  run:\n    working-directory: ${JSON.stringify(packageDir)}\n`;
  const lockfile =
    packageDir === '' ? '' : `\n          cache-dependency-path: ${JSON.stringify(`${packageDir}/package-lock.json`)}`;
  return `# Written by \`stageflow init --ci github\`. The rules of the local hooks, where they cannot be
# skipped: the pull request's route (work/* -> stage/* -> main), its branch names, and the message
# of every commit it brings. Fails the check with an annotation that says how to fix it.
name: stageflow

on:
  pull_request:
    # edited: the base branch can be changed after the pull request was opened.
    types: [opened, edited, reopened, synchronize]

permissions:
  contents: read
${inPackage}
jobs:
  check:
    name: ${CHECK_JOB_NAME}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          # The pull request's commits and its base must both be in the clone.
          fetch-depth: 0
      - uses: actions/setup-node@v6
        with:
          node-version: lts/*
          cache: npm${lockfile}
      - run: npm ci
      - run: npx stageflow check
`;
}
