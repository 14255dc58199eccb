import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { classifyBranch, isCommitAllowedOn } from '../core/branch/classify-branch.js';
import type { CiProvider } from '../core/check/ci-context.js';
import { type CiFile, ciFiles } from '../core/init-ci/ci-files.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { findRepository, readHead } from '../git/repository.js';
import { findTopLevel } from '../git/work-tree-location.js';
import { posixRelative } from '../init/find-package.js';
import {
  CI_PROVIDERS,
  ciWrittenText,
  notInWorkTreeText,
  type ProtectedHead,
  unknownProviderText,
  workflowKeptText,
  workflowUpToDateText,
} from '../messages/init-ci-text.js';
import type { CommandResult } from './command.js';

/**
 * `stageflow init --ci <provider> [--deploy]`: writes the CI files (the pull request check, and
 * with `deploy` the promotion pipeline) at the repository root, where the CI looks, running in the
 * project's folder. A file that exists and differs is kept as it is, and said so.
 */
export async function initCi(
  provider: string,
  options: { cwd: string; dryRun: boolean; deploy: boolean },
): Promise<CommandResult> {
  assertCiProvider(provider);
  const topLevel = await findTopLevel(options.cwd);
  if (topLevel === undefined) throw new UsageError(notInWorkTreeText(options.cwd));
  const packageDir = posixRelative(topLevel, options.cwd);
  const { config } = await loadConfig(options.cwd);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written: CiFile[] = [];
  for (const ciFile of ciFiles(provider as CiProvider, packageDir, config.branches, options.deploy)) {
    const file = join(topLevel, ciFile.path);
    const shown = relative(options.cwd, file);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (existing === ciFile.content) stdout.push(workflowUpToDateText(shown));
    else if (existing !== undefined) stderr.push(workflowKeptText(shown, ciFile.command));
    else {
      if (!options.dryRun) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, ciFile.content);
      }
      written.push({ ...ciFile, path: shown });
    }
  }
  if (written.length > 0)
    stdout.push(ciWrittenText(written, options.dryRun, options.dryRun ? undefined : await protectedHead(options.cwd)));
  return { code: ExitCode.ok, stdout: stdout.join(''), stderr: stderr.join('') };
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
