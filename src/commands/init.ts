import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileDependencies } from '../core/init/file-dependencies.js';
import { planChangesSomething, planInit } from '../core/init/plan-init.js';
import { StageflowError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { installPackages } from '../init/activate-hooks.js';
import { applyWrites } from '../init/apply-init.js';
import { findGitHooks } from '../init/find-git-hooks.js';
import { findHuskyBin } from '../init/find-package.js';
import { gatherInitFacts } from '../init/gather-init-facts.js';
import { installRunner } from '../init/install-runner.js';
import { readActivation } from '../init/read-activation.js';
import { readSetupRoute } from '../init/read-setup-route.js';
import {
  DEPLOY_WITHOUT_CI,
  INIT_HELP,
  INIT_USAGE,
  type InitOutcome,
  initArgumentsText,
  initReportText,
  installFailedText,
  notActivatedText,
} from '../messages/init-text.js';
import type { Command, CommandResult } from './command.js';
import { parseCommandArgs } from './parse-command-args.js';

export const run: Command = async (args, context) => {
  const options = parseInitArgs(args);
  if (options.help) return { code: ExitCode.ok, stdout: INIT_HELP };
  if (options.deploy && options.ci === undefined) throw new UsageError(initArgumentsText(DEPLOY_WITHOUT_CI));
  if (options.ci === undefined) return initHooks(options, context.cwd);
  // `--ci <provider>` is the normal init plus the workflow; an unknown provider changes nothing at all.
  const { assertCiProvider, initCi } = await import('./init-ci.js');
  assertCiProvider(options.ci);
  const hooks = await initHooks(options, context.cwd);
  const workflow = await initCi(options.ci, { cwd: context.cwd, dryRun: options.dryRun, deploy: options.deploy });
  return {
    code: hooks.code !== ExitCode.ok ? hooks.code : workflow.code,
    stdout: `${hooks.stdout ?? ''}${workflow.stdout ?? ''}`,
    stderr: `${hooks.stderr ?? ''}${workflow.stderr ?? ''}`,
  };
};

async function initHooks(options: InitOptions, cwd: string): Promise<CommandResult> {
  let gathered = await gatherInitFacts(cwd);
  let plan = planInit(gathered.facts);
  const installed: string[] = [];
  if (options.install && plan.missingPackages.length > 0 && !options.dryRun) {
    const result = await installPackages(gathered.packageDir, plan.missingPackages);
    if (result.code !== 0) {
      throw new StageflowError(installFailedText(plan.missingPackages, result.code, result.output));
    }
    installed.push(...plan.missingPackages);
    // npm rewrote package.json; plan again from what is there now.
    gathered = await gatherInitFacts(cwd);
    plan = planInit(gathered.facts);
  }
  const { topLevel, packageDir, facts } = gathered;
  const huskyBin = findHuskyBin(packageDir, topLevel);
  const outcome: InitOutcome = {
    dryRun: options.dryRun,
    activation: !plan.activate ? 'none' : huskyBin === undefined ? 'no-husky' : 'done',
    huskyListed: !plan.missingPackages.includes('husky'),
    missingPackages: plan.missingPackages,
    installed,
    gitHooks: { ...(await findGitHooks(topLevel)), huskyDir: facts.layout.huskyDir },
    route: await readSetupRoute(topLevel, packageDir),
    ...addPaths(
      cwd,
      packageDir,
      topLevel,
      plan.hookChanges.some(({ change }) => change.kind !== 'unchanged') ? facts.layout.huskyDir : undefined,
      plan.ignoreNodeModules,
      facts.packageJson,
    ),
  };
  if (options.dryRun || (!planChangesSomething(plan) && installed.length === 0)) {
    return { code: ExitCode.ok, stdout: initReportText(plan, outcome) };
  }

  applyWrites(topLevel, plan.writes);
  if (outcome.activation === 'done' && huskyBin !== undefined) {
    const installedRunner = await installRunner(huskyBin, topLevel, facts.layout);
    if (!installedRunner.ok) outcome.activation = { failed: installedRunner.problem };
    else {
      // Report only what happened: check rather than trust.
      const after = await readActivation(topLevel);
      if (!after.active) outcome.activation = { failed: notActivatedText(after.hooksPath, after.runnerDir) };
    }
    // Hooks of git's folder the runner took the place of are listed as renamed.
    outcome.gitHooks = { ...(await findGitHooks(topLevel)), huskyDir: facts.layout.huskyDir };
  }
  const code = typeof outcome.activation === 'object' ? ExitCode.blocked : ExitCode.ok;
  return { code, stdout: initReportText(plan, outcome) };
}

interface InitOptions {
  dryRun: boolean;
  install: boolean;
  ci: string | undefined;
  deploy: boolean;
  help: boolean;
}

const INIT_OPTIONS = {
  'dry-run': { type: 'boolean' },
  install: { type: 'boolean' },
  ci: { type: 'string' },
  deploy: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseInitArgs(args: string[]): InitOptions {
  const { values } = parseCommandArgs('init', INIT_USAGE, { args, options: INIT_OPTIONS });
  return {
    dryRun: values['dry-run'] ?? false,
    install: values.install ?? false,
    ci: values.ci,
    deploy: values.deploy ?? false,
    help: values.help ?? false,
  };
}

/**
 * What the user adds to git, relative to where init ran: package.json, the lockfile, the husky
 * folder when init changed a file in it, .gitignore when init changed it, and the `file:` dependencies inside the repository (a
 * teammate's npm install reads them from the clone). Tarballs outside it are reported instead.
 */
function addPaths(
  cwd: string,
  packageDir: string,
  topLevel: string,
  huskyDir: string | undefined,
  gitignore: boolean,
  packageJson: string,
): { addPaths: string[]; outsideFiles: string[] } {
  const names = ['package.json', ...(existsSync(join(packageDir, 'package-lock.json')) ? ['package-lock.json'] : [])];
  const paths = [
    ...names.map((name) => join(packageDir, name)),
    ...(huskyDir === undefined ? [] : [join(topLevel, huskyDir)]),
    ...(gitignore ? [join(topLevel, '.gitignore')] : []),
  ];
  const outsideFiles: string[] = [];
  for (const spec of fileDependencies(packageJson)) {
    const path = resolve(packageDir, spec);
    const inRepository = relative(topLevel, path);
    const outside = inRepository === '' || inRepository.startsWith('..') || isAbsolute(inRepository);
    // A folder outside (npm links it) is a local setup on purpose; a tarball outside is the README's first step gone wrong.
    if (!outside) paths.push(path);
    else if (/\.(tgz|tar\.gz|tar)$/.test(spec)) outsideFiles.push(`file:${spec}`);
  }
  return { addPaths: paths.map((path) => relative(cwd, path) || '.'), outsideFiles };
}
