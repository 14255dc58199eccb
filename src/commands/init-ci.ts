import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { CommandResult } from '../cli/command.js';
import { GITHUB_WORKFLOW_PATH, githubWorkflow } from '../core/init-ci/github-workflow.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { findTopLevel } from '../git/top-level.js';
import { CI_PROVIDERS, notInWorkTreeText, unknownProviderText, workflowKeptText, workflowUpToDateText, workflowWrittenText, type ProtectedHead } from '../messages/init-ci-text.js';
import { loadConfig } from '../config/load-config.js';
import { classifyBranch, isCommitAllowedOn } from '../core/branch/classify-branch.js';
import { findRepository, readHead } from '../git/repository.js';
import { posixRelative } from '../init/find-package.js';

/**
 * `stageflow init --ci <provider>`: writes the CI workflow that runs `stageflow check` on pull
 * requests, at the repository root (where GitHub looks), running in the project's folder.
 */
export async function initCi(provider: string, options: { cwd: string; dryRun: boolean }): Promise<CommandResult> {
  assertCiProvider(provider);
  const topLevel = await findTopLevel(options.cwd);
  if (topLevel === undefined) throw new UsageError(notInWorkTreeText(options.cwd));
  const packageDir = posixRelative(topLevel, options.cwd);
  const content = githubWorkflow(packageDir);
  const file = join(topLevel, GITHUB_WORKFLOW_PATH);
  const shown = relative(options.cwd, file);

  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (existing === content) return { code: ExitCode.ok, stdout: workflowUpToDateText(shown) };
  if (existing !== undefined) return { code: ExitCode.ok, stderr: workflowKeptText(shown) };
  if (!options.dryRun) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { code: ExitCode.ok, stdout: workflowWrittenText(shown, options.dryRun, content, options.dryRun ? undefined : await protectedHead(options.cwd)) };
}

/** main or a stage checked out, where the hooks refuse the commit of the workflow. */
async function protectedHead(cwd: string): Promise<ProtectedHead | undefined> {
  const [{ branch, unborn }, { config }] = await Promise.all([findRepository(cwd).then(readHead), loadConfig(cwd)]);
  // The first commit of a repository is allowed on any branch.
  if (branch === undefined || unborn) return undefined;
  const info = classifyBranch(branch, config.branches);
  if (isCommitAllowedOn(info) || (info.kind !== 'main' && info.kind !== 'stage')) return undefined;
  return { branch, stage: info.kind === 'stage' ? info.stage : undefined };
}

/** Refuses a provider stageflow has no workflow for, before anything is written. */
export function assertCiProvider(provider: string): void {
  if (!CI_PROVIDERS.includes(provider)) throw new UsageError(unknownProviderText(provider));
}
