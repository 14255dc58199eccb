import { hookOfGitFile } from '../core/init/layout.js';
import type { HookFileChange } from '../core/init/plan-hook-file.js';
import type { InitPlan } from '../core/init/plan-init.js';
import type { PackageJsonChange } from '../core/init/plan-package-json.js';
import { SETUP_CHANGE, type SetupRemote, type SetupRoute } from '../core/init/setup-route.js';
import pc from './colors.js';
import { renderReport, shellQuote } from './render.js';

export function notARepositoryText(cwd: string): string {
  return renderReport({
    title: `init: ${cwd} is not in a git repository`,
    details: ['husky installs the hooks into a git repository, so init needs one.'],
    fixes: [{ say: 'Create the repository, then run init again:', commands: ['git init', 'npx stageflow init'] }],
  }).trimEnd();
}

export function noPackageJsonText(cwd: string): string {
  return renderReport({
    title: `init: no package.json in ${cwd} or above it in this repository`,
    details: ['The hooks are installed by the prepare script of package.json, which npm runs on every npm install.'],
    fixes: [{ say: 'Create one, then run init again:', commands: ['npm init -y', 'npx stageflow init'] }],
  }).trimEnd();
}

function installCommand(packages: readonly string[]): string {
  return `npm install -D ${packages.join(' ')}`;
}

export function installFailedText(packages: readonly string[], code: number, output: string): string {
  return `stageflow: init: ${installCommand(packages)} failed (exit code ${code}); nothing else was changed:\n${output.trim()}`;
}

export const DEPLOY_WITHOUT_CI =
  '--deploy writes the deploy pipeline of a CI; name the CI: npx stageflow init --ci github --deploy (or --ci gitlab --deploy)';

export function initArgumentsText(problem: string): string {
  return `stageflow: init: ${problem}\n\n${INIT_HELP}`;
}

export interface InitOutcome {
  dryRun: boolean;
  /** What happened to the activation step: not needed, done, impossible yet (no husky), or failed. */
  activation: 'none' | 'done' | 'no-husky' | { failed: string };
  /** package.json lists husky (installed or not). */
  huskyListed: boolean;
  /** Packages still missing after the run (none when `--install` installed them). */
  missingPackages: string[];
  installed: string[];
  /** Executable hooks in `.git/hooks` (not samples), which stop running once husky's hooks are on. */
  gitHooks: { dir: string; names: string[]; huskyDir: string };
  /** How the setup commit gets into main. */
  route: SetupRoute;
  /** Paths for `git add`, relative to where init ran. */
  addPaths: string[];
  /** `file:` tarballs outside the repository, which a teammate's clone cannot install. */
  outsideFiles: string[];
}

/**
 * Hooks someone had in `.git/hooks` where stageflow's runner goes: npm install renames them
 * `<hook>.pre-stageflow` and they no longer run; init and doctor both say so.
 */
export function gitHooksOffText(hooks: { dir: string; names: readonly string[]; huskyDir: string }): string {
  const moves = hooks.names.map((name) => `    ${hooks.dir}/${name}  ->  ${hooks.huskyDir}/${hookOfGitFile(name)}`);
  return (
    `these hooks of ${hooks.dir} do not run: stageflow's runner takes their place there (npm install renames a hook that is not stageflow's to <hook>.pre-stageflow rather than overwrite it): ${hooks.names.join(', ')}. ` +
    `To keep one, move its commands into the husky hook file of the same name (stageflow's runner runs it first), then delete the old file:\n${moves.join('\n')}`
  );
}

/** The runner was written without an error, yet git would not run it (init checks rather than trusts). */
export function notActivatedText(hooksPath: string | undefined, runnerDir: string): string {
  return hooksPath === undefined
    ? `stageflow's hook runner is not in ${runnerDir} after stageflow install-hooks ran`
    : `core.hooksPath is still "${hooksPath}", so git does not run stageflow's hook runner in ${runnerDir}`;
}

export function initReportText(plan: InitPlan, outcome: InitOutcome): string {
  const lines: string[] = [];
  const activated = outcome.activation === 'done';
  const changes = [
    ...plan.packageChanges
      .filter((change) => change.kind !== 'keep-prepare')
      .map((change) => `package.json: ${packageChangeText(change)}`),
    ...plan.hookChanges.flatMap(({ path, change }) =>
      change.kind === 'unchanged' ? [] : [`${path}: ${hookChangeText(change)}`],
    ),
    ...(plan.ignoreNodeModules
      ? ['.gitignore: add the line node_modules/ (npm install recreates it in every clone; it is never committed)']
      : []),
    ...(activated
      ? [
          "write stageflow's hook runner into git's own hooks folder, .git/hooks (stageflow install-hooks, as the prepare script does)",
        ]
      : []),
  ];
  const installed = outcome.installed.map((name) => `installed ${name} (npm install -D)`);
  if (changes.length === 0 && installed.length === 0) {
    lines.push(
      outcome.activation === 'none'
        ? 'stageflow: init: everything is already in place; nothing was changed.'
        : 'stageflow: init: the files are already in place; nothing was changed.',
    );
  } else {
    lines.push(
      outcome.dryRun
        ? 'stageflow: init --dry-run: these changes would be made (nothing was written):'
        : 'stageflow: init: made these changes:',
    );
    for (const line of [...installed, ...changes]) lines.push(`  ${outcome.dryRun ? '-' : pc.green('✔')} ${line}`);
  }
  for (const change of plan.packageChanges) {
    if (change.kind === 'keep-prepare') {
      lines.push(
        `${pc.yellow('!')} package.json: the prepare script already runs husky ("${change.prepare}"), so it was left alone;`,
        `  it must run "${change.expected}" (husky, then stageflow's hook runner): change it by hand, or the hooks do not hold on every branch.`,
      );
    }
  }
  for (const spec of outcome.outsideFiles) {
    lines.push(
      `${pc.yellow('!')} package.json installs "${spec}", which is outside this repository: a teammate's clone cannot install it.`,
      '  Put the file in the project (e.g. vendor/), install it from there and commit it, for example:',
      `    ${pc.cyan('mkdir -p vendor')}`,
      `    ${pc.cyan(`mv ${shellQuote(spec.slice('file:'.length))} vendor/`)}`,
      `    ${pc.cyan(`npm install -D ./vendor/${shellQuote(spec.slice('file:'.length).split('/').pop() ?? '')}`)}`,
    );
  }
  if (outcome.gitHooks.names.length > 0) lines.push(`${pc.yellow('!')} ${gitHooksOffText(outcome.gitHooks)}`);
  if (outcome.activation === 'no-husky') lines.push(...notOnText(outcome));
  if (typeof outcome.activation === 'object') {
    lines.push(
      `${pc.red('✖')} husky could not turn the hooks on: ${outcome.activation.failed.trim()}`,
      '  Fix that, then turn them on with:',
      `    ${pc.cyan('npm run prepare')}`,
    );
  }
  if (outcome.missingPackages.length > 0 && !(outcome.activation === 'no-husky' && !outcome.huskyListed)) {
    lines.push(
      `Next: add ${outcome.missingPackages.join(' and ')} to the devDependencies (npm writes package-lock.json too):`,
      `    ${pc.cyan(installCommand(outcome.missingPackages))}`,
    );
  }
  if (!outcome.dryRun && changes.length + installed.length > 0)
    lines.push(...commitNoteText(outcome.route, outcome.addPaths));
  return `${lines.join('\n')}\n`;
}

/** The closing note: the real steps that bring the setup into main, which the hooks guard like any change. */
function commitNoteText(route: SetupRoute, addPaths: readonly string[]): string[] {
  const cmd = (command: string) => `    ${pc.cyan(command)}`;
  const commit = [
    cmd(`git add ${addPaths.map(shellQuote).join(' ')}`),
    cmd('git commit -m "Set up the stageflow git hooks"'),
  ];
  const everyClone = 'Every clone then gets the hooks from npm install alone.';
  switch (route.kind) {
    case 'first-commit': {
      const allowed = `Commit the setup: as the repository's first commit it is allowed on ${route.branch}. ${everyClone}`;
      const rename =
        route.renameFrom === undefined
          ? []
          : [
              `  This branch is ${route.renameFrom}, not ${route.branch} (the main branch of the config), and the hooks refuse pushing ${route.renameFrom}; rename it first:`,
              cmd(`git branch -m ${shellQuote(route.branch)}`),
            ];
      const remoteHead =
        route.renameFrom !== undefined && route.remote.configured
          ? remoteDefaultBranchText(route.remote, route.renameFrom, route.branch)
          : [];
      return [allowed, ...rename, ...commit, ...pushText(route.remote, route.branch), ...remoteHead];
    }
    case 'on-work':
      return [
        `Commit the setup on this work branch and push it. ${everyClone}`,
        ...commit,
        ...pushText(route.remote, route.branch),
        pc.dim(
          '  Then bring it in by pull request: from this work branch into its stage, then from the stage into main.',
        ),
      ];
    case 'by-pull-request':
      return [
        `Commit the setup by pull request: ${route.main} already has commits, and the hooks refuse commits on ${route.main}; cut a stage from ${route.main} and a work branch from it:`,
        cmd(`npx stageflow start-stage ${route.stage} --push`),
        cmd(`npx stageflow start-work --stage ${route.stage} --change ${SETUP_CHANGE}`),
        ...commit,
        cmd('git push'),
        `  Then open a pull request from the work branch into ${route.stageBranch} and, once it is merged, one from ${route.stageBranch} into ${route.main}. ${everyClone}`,
      ];
  }
}

/**
 * git init --bare names master as a new repository's HEAD too: after main alone is pushed, that
 * HEAD names no branch, and a teammate's clone checks out nothing. Where to make main the default.
 */
function remoteDefaultBranchText(remote: SetupRemote, renamedFrom: string, main: string): string[] {
  const place = remote.defaultBranch ?? { kind: 'unknown' };
  const symref = `symbolic-ref HEAD refs/heads/${main}`;
  const how =
    place.kind === 'path'
      ? [`    ${pc.cyan(`git --git-dir=${shellQuote(place.gitDir)} ${symref}`)}`]
      : place.kind === 'ssh'
        ? [
            `    ${pc.cyan(`ssh ${place.port ? `-p ${place.port} ` : ''}${shellQuote(place.host)} ${shellQuote(`git --git-dir=${shellQuote(place.gitDir)} ${symref}`)}`)}`,
          ]
        : place.kind === 'settings'
          ? [`    set the default branch to ${main} on ${place.page}`]
          : [`    on the server, in the bare repository: git ${symref}`];
  return [
    `  A repository made with git init --bare names ${renamedFrom} as its default branch; if ${remote.name} does, a teammate's clone checks out nothing once only ${main} is pushed. Make ${main} its default after the push:`,
    ...how,
    `  (A clone made before that is empty, not broken: git switch ${main} in it.)`,
  ];
}

/** The first push of a branch; without the remote yet, adding it comes first (the URL is an example). */
function pushText(remote: SetupRemote, branch: string): string[] {
  const push = `    ${pc.cyan(`git push -u ${shellQuote(remote.name)} ${shellQuote(branch)}`)}`;
  if (remote.configured) return [push];
  return [
    `  There is no remote "${remote.name}" yet: add it first (the URL is an example; use your repository's), then push:`,
    `    ${pc.cyan(`git remote add ${shellQuote(remote.name)} git@github.com:example/service.git`)}`,
    push,
  ];
}

/**
 * husky is not in node_modules, so init could not run it and git runs none of the hooks yet.
 * `npm install <package>` runs no prepare script (only a plain `npm install` does), hence two commands.
 */
function notOnText(outcome: InitOutcome): string[] {
  const title = `${pc.red('✖')} The hooks are NOT on yet: husky is not installed here (no node_modules/husky), so init could not run it.`;
  if (outcome.huskyListed) {
    return [
      title,
      '  Turn them on: install the packages (npm install runs the prepare script, which runs husky):',
      `    ${pc.cyan('npm install')}`,
    ];
  }
  return [
    title,
    `  Turn them on: add ${outcome.missingPackages.join(' and ')} to the devDependencies, then run the prepare script (npm install -D runs none):`,
    `    ${pc.cyan(installCommand(outcome.missingPackages))}`,
    `    ${pc.cyan('npm run prepare')}`,
  ];
}

function packageChangeText(change: Exclude<PackageJsonChange, { kind: 'keep-prepare' }>): string {
  if (change.kind === 'add-script') return `add the script ${change.name}: "${change.command}"`;
  return change.from === undefined
    ? `set the prepare script to "${change.to}"`
    : `set the prepare script to "${change.to}" (was "${change.from}")`;
}

function hookChangeText(change: Exclude<HookFileChange, { kind: 'unchanged' }>): string {
  const where =
    "only where git runs husky's own stubs instead of stageflow's runner (before npm install, after npx husky)";
  switch (change.kind) {
    case 'add-fallback':
      return `${change.created ? 'create it with' : 'add'} a line that runs stageflow's check ${where}`;
    case 'guard-lines':
      return `make ${quoted(change.lines)} run ${where}; under the runner it started node twice`;
    case 'delete':
      return `delete it: it held only ${quoted(change.lines)} (the branch is checked at commit-msg now)`;
    case 'remove-lines':
      return `remove ${quoted(change.lines)} (the branch is checked at commit-msg now); your other lines stay`;
  }
}

function quoted(lines: readonly string[]): string {
  return lines.map((line) => `"${line}"`).join(', ');
}

/** The first line of INIT_HELP: what a usage error prints under the problem. */
export const INIT_USAGE = 'Usage: stageflow init [--dry-run] [--install] [--ci <provider> [--deploy]]';

export const INIT_HELP = `${INIT_USAGE}

Sets up the git hooks of this project: adds the prepare script "stageflow install-hooks" (an
existing prepare is kept after it), which npm runs on every install: it runs husky, then writes
stageflow's hook runner into git's own hooks folder, .git/hooks (never part of a checkout, so the
hooks hold whatever is checked out, sparse or not).
Your own .husky/<hook> files keep working; commit-msg, pre-merge-commit and pre-push get a line
that runs stageflow only where git runs husky's own stubs instead of the runner.
Adds the start-work script and turns the hooks on in this clone. Running it again changes nothing.

Options:
  --dry-run        print every change, write nothing
  --install        run npm install -D for husky and stageflow when they are missing
                   (without it, init prints that one command)
  --ci <provider>  also write the CI workflow that checks branches and messages (github, gitlab):
                   the hooks are set up as without it, then the workflow is written
  --deploy         with --ci, also the promotion pipeline: a push to main or a stage branch
                   deploys its stage, deleting a stage branch removes its stack (docs/deploying.md)
`;
