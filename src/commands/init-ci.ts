import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { CommandResult } from '../cli/command.js';
import { GITHUB_WORKFLOW_PATH, githubWorkflow } from '../core/init-ci/github-workflow.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { findTopLevel } from '../git/top-level.js';
import { CI_PROVIDERS, notInWorkTreeText, unknownProviderText, workflowKeptText, workflowUpToDateText, workflowWrittenText } from '../messages/init-ci-text.js';

/**
 * `stageflow init --ci <provider>`: writes the CI workflow that runs `stageflow check` on pull
 * requests, at the repository root (where GitHub looks), running in the project's folder.
 */
export async function initCi(provider: string, options: { cwd: string; dryRun: boolean }): Promise<CommandResult> {
  assertCiProvider(provider);
  const topLevel = await findTopLevel(options.cwd);
  if (topLevel === undefined) throw new UsageError(notInWorkTreeText(options.cwd));
  const packageDir = relative(topLevel, options.cwd).split(sep).join('/');
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
  return { code: ExitCode.ok, stdout: workflowWrittenText(shown, options.dryRun, content) };
}

/** Refuses a provider stageflow has no workflow for, before anything is written. */
export function assertCiProvider(provider: string): void {
  if (!CI_PROVIDERS.includes(provider)) throw new UsageError(unknownProviderText(provider));
}
