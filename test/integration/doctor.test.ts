import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FALLBACK_COMMENT } from '../../src/core/hooks/fallback-line.js';
import { createConsumer } from '../helpers/consumer.js';
import { NPM_ENV } from '../helpers/npm-env.js';
import { CLI, PACKAGE_ROOT, type RunResult, Sandbox } from '../helpers/sandbox.js';

describe('stageflow doctor', () => {
  let sandbox: Sandbox;
  let root: string;
  beforeEach(() => {
    sandbox = new Sandbox();
    root = createConsumer(sandbox).root;
    const init = sandbox.stageflow(root, ['init']);
    if (init.code !== 0) throw new Error(init.output);
  });
  afterEach(() => sandbox.cleanup());

  const doctor = (cwd = root, env?: NodeJS.ProcessEnv) => sandbox.stageflow(cwd, ['doctor'], { env });
  /** Runs a fix exactly as doctor printed it, the way a user pastes it into a shell. */
  const runFix = (result: RunResult, command: string, cwd = root) => {
    expect(result.stdout).toContain(`\n    ${command}\n`);
    const fixed = sandbox.run('sh', ['-c', command], { cwd, env: NPM_ENV });
    expect(fixed.code, fixed.output).toBe(0);
  };
  /**
   * package.json lists what npm can install without a registry: husky from this checkout, and this
   * run's build as the stageflow package (`file:` specs, which `npm install -D stageflow` would overwrite).
   */
  const listPackages = (names: readonly ('husky' | 'stageflow')[] = ['husky', 'stageflow']) => {
    const stageflowPackage = sandbox.path('stageflow-package');
    mkdirSync(stageflowPackage);
    writeFileSync(
      join(stageflowPackage, 'package.json'),
      JSON.stringify({ name: 'stageflow', version: '0.0.0-test', bin: { stageflow: 'dist/cli.js' } }),
    );
    symlinkSync(dirname(CLI), join(stageflowPackage, 'dist'));
    const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as object;
    const specs = {
      husky: `file:${join(PACKAGE_ROOT, 'node_modules', 'husky')}`,
      stageflow: `file:${stageflowPackage}`,
    };
    const devDependencies = Object.fromEntries(names.map((name) => [name, specs[name]]));
    writeFileSync(join(root, 'package.json'), `${JSON.stringify({ ...json, devDependencies }, null, 2)}\n`);
    return specs;
  };
  const countOf = (text: string, part: string) => text.split(part).length - 1;

  it('says all is in order, with exit code 0, after init', () => {
    const result = doctor();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "stageflow doctor: all in order.\n  git runs hooks from .git/hooks, where npm install wrote stageflow's runner: git's own folder, which no branch, sparse checkout or git clean touches.\n  For pre-commit, pre-merge-commit, commit-msg and pre-push it runs your own .husky/<hook> lines first, then stageflow's check, whatever is checked out.\n  stageflow is installed where the runner starts it, and the config is valid.\n",
    );
  });

  it('reports a directory outside any repository', () => {
    mkdirSync(sandbox.path('plain'));
    const result = doctor(sandbox.path('plain'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('is not inside a git repository');
    expect(result.stdout).toContain('    git init\n');
  });

  it("reports core.hooksPath sent back to husky's folder (a plain husky run; only the tracked fallback lines guard then) and its fix turns the runner back on", () => {
    const husky = sandbox.run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'husky', 'bin.js')], { cwd: root });
    expect(husky.code, husky.output).toBe(0);
    sandbox.gitOk(root, 'add', '-A');
    expect(sandbox.git(root, 'commit', '-q', '-m', 'Set up the service with hooks').code).toBe(0);

    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'core.hooksPath is ".husky/_", so git runs hooks from there, not from .git/hooks where stageflow\'s runner is',
    );
    expect(result.stdout).toContain('stageflow doctor: 1 problem found');
    runFix(result, 'npm run prepare');
    expect(doctor().code).toBe(0);
    expect(sandbox.git(root, 'commit', '--allow-empty', '-m', 'Another direct commit on main').output).toContain(
      'commit blocked',
    );
  });

  it('reports core.hooksPath pointing elsewhere, in the repository or globally, and the fix wins over both', () => {
    sandbox.gitOk(root, 'config', 'core.hooksPath', '.githooks');
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'core.hooksPath is ".githooks", so git runs hooks from there, not from .git/hooks where stageflow\'s runner is',
    );
    runFix(result, 'npm run prepare');
    expect(doctor().code).toBe(0);

    // A global core.hooksPath set after npm install wins over git's own folder.
    const globalHooks = sandbox.path('global-hooks');
    sandbox.gitOk(root, 'config', '--global', 'core.hooksPath', globalHooks);
    const global = doctor();
    expect(global.code).toBe(1);
    expect(global.stdout).toContain(`core.hooksPath is "${globalHooks}", so git runs hooks from there`);
    runFix(global, 'npm run prepare');
    expect(sandbox.gitOk(root, 'config', '--local', 'core.hooksPath')).toBe(join(root, '.git', 'hooks'));
    expect(doctor().code).toBe(0);
    sandbox.gitOk(root, 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'Set up the service with hooks');
    const refused = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.output).toContain('commit blocked');
  });

  it('tells to run init when the prepare script does not install the hooks', () => {
    writeFileSync(join(root, 'package.json'), '{ "name": "service" }\n');
    rmSync(join(root, '.git', 'hooks', 'commit-msg'));
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "package.json has no prepare script that installs stageflow's hook runner (stageflow install-hooks); set it up (it keeps your own .husky lines):\n    npx stageflow init\n",
    );
  });

  it('reports a missing and a non-executable husky runner', () => {
    rmSync(join(root, '.git', 'hooks', 'pre-push'));
    chmodSync(join(root, '.git', 'hooks', 'pre-commit'), 0o644);
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.git/hooks/pre-push is missing, so git finds no pre-push hook');
    expect(result.stdout).toContain('.git/hooks/pre-commit is not executable, so git skips the pre-commit hook');
    runFix(result, 'chmod +x .git/hooks/pre-commit');
    runFix(result, 'npm run prepare');
    expect(doctor().code).toBe(0);
  });

  it("reports husky's folder where stageflow's runner belongs (the guard is off on a checkout without .husky/), and a starved pre-push file; npx stageflow init puts them right", () => {
    // A setup from before the runner: prepare runs husky alone, the lines live in .husky/.
    writeFileSync(
      join(root, 'package.json'),
      `${JSON.stringify({ name: 'service', scripts: { prepare: 'husky' } }, null, 2)}\n`,
    );
    writeFileSync(join(root, '.husky', 'pre-push'), 'git lfs pre-push "$@"\nstageflow hook pre-push "$@"\n');
    const husky = sandbox.run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'husky', 'bin.js')], { cwd: root });
    expect(husky.code, husky.output).toBe(0);
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('core.hooksPath is ".husky/_", so git runs hooks from there');
    expect(result.stdout).toContain(
      '.husky/pre-push runs "git lfs pre-push "$@"" before "stageflow hook pre-push "$@"": git sends the ref lines once, so stageflow reads none and cannot check the push',
    );
    expect(result.stdout).toContain('stageflow doctor: 2 problems found');
    runFix(result, 'npx stageflow init');
    expect(readFileSync(join(root, '.husky', 'pre-push'), 'utf8')).toBe(
      `git lfs pre-push "$@"\n${FALLBACK_COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook pre-push "$@"\n`,
    );
    expect(doctor()).toMatchObject({ code: 0 });
  });

  it('under husky\'s stub (a setup from before the runner), flags a commit-msg line that lost "$1" (every commit then fails), and its corrected line makes commits work again', () => {
    huskyStubs();
    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '-m', 'Set up the service with hooks');
    sandbox.gitOk(root, 'switch', '-q', '-c', 'work/jane-doe/login-form');
    writeFileSync(join(root, '.husky', 'commit-msg'), 'stageflow hook commit-msg\n');
    expect(sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler').code).not.toBe(0);

    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '.husky/commit-msg calls stageflow without "$1", so every commit fails: stageflow gets no message file to read',
    );
    expect(result.stdout).toContain('  Line 1: stageflow hook commit-msg\n');
    expect(result.stdout).toContain(
      '  Replace line 1 of .husky/commit-msg with:\n    stageflow hook commit-msg "$1"\n',
    );
    writeFileSync(join(root, '.husky', 'commit-msg'), 'stageflow hook commit-msg "$1"\n');
    expect(doctor().stdout).not.toContain('calls stageflow without');
    const committed = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(committed.code, committed.output).toBe(0);
  });

  it.each([
    ['stageflow hook pre-push', '"$@"', 'stageflow hook pre-push "$@"'],
    ['stageflow hook pre-push "$1"', '"$@"', 'stageflow hook pre-push "$@"'],
    ['stageflow hook pre-push "$@" < /dev/null', 'its standard input', 'stageflow hook pre-push "$@"'],
    ['echo | stageflow hook pre-push "$@"', 'its standard input', 'stageflow hook pre-push "$@"'],
  ])("under husky's stub, flags a pre-push line that does not pass git's input on: %s", (line, what, fixed) => {
    huskyStubs();
    writeFileSync(join(root, '.husky', 'pre-push'), `# checks every push\n${line}\n`);
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`.husky/pre-push calls stageflow without ${what}, so `);
    expect(result.stdout).toContain(`  Replace line 2 of .husky/pre-push with:\n    ${fixed}\n`);
    writeFileSync(join(root, '.husky', 'pre-push'), `# checks every push\n${fixed}\n`);
    expect(doctor().stdout).not.toContain('calls stageflow without');
  });

  /** A setup from before the runner: prepare runs husky alone, whose stubs run the lines of .husky/. */
  const huskyStubs = () => {
    writeFileSync(
      join(root, 'package.json'),
      `${JSON.stringify({ name: 'service', scripts: { prepare: 'husky' } }, null, 2)}\n`,
    );
    const husky = sandbox.run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'husky', 'bin.js')], { cwd: root });
    expect(husky.code, husky.output).toBe(0);
  };

  it('advises removing a stageflow line an older init left in a hook file, and init removes it', () => {
    writeFileSync(join(root, '.husky', 'pre-commit'), 'npx lint-staged\nstageflow hook pre-commit\n');
    const result = doctor();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'stageflow: .husky/pre-commit still runs "stageflow hook pre-commit": stageflow\'s runner checks already, so that line does nothing but start node. Remove it (your other lines stay) with: npx stageflow init',
    );
    sandbox.stageflow(root, ['init']);
    expect(readFileSync(join(root, '.husky', 'pre-commit'), 'utf8')).toBe('npx lint-staged\n');
    expect(doctor().stdout).not.toContain('still runs');
  });

  it('reports stageflow missing where the runner starts it, naming the GUI and nvm case', () => {
    rmSync(join(root, 'node_modules', '.bin', 'stageflow'));
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'the pre-merge-commit, commit-msg, pre-push hooks start "node_modules/.bin/stageflow", which is missing, so they stop every commit and push with an internal error',
    );
    expect(result.stdout).toContain("stageflow's runner starts stageflow from there");
    expect(result.stdout).toContain('~/.config/husky/init.sh');
    expect(result.stdout).toContain('    npm install -D stageflow\n');
  });

  it('in a linked worktree where npm install has not run, the shared runner stops every commit, doctor names npm install, and npm install there fixes it', () => {
    listPackages();
    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '--no-verify', '-m', 'Set up the service with hooks');
    sandbox.gitOk(root, 'branch', 'stage/login');
    const worktree = sandbox.path('repo-login');
    sandbox.gitOk(root, 'worktree', 'add', '-q', worktree, 'stage/login');

    // git's hooks folder is shared by every worktree: the runner runs here at once, and with no
    // node_modules yet it stops the commit rather than let it through unchecked.
    const unchecked = sandbox.git(worktree, 'commit', '--allow-empty', '-m', 'A direct commit on the stage');
    expect(unchecked.code).not.toBe(0);
    expect(unchecked.output).toContain("cannot start stageflow's check");

    const result = doctor(worktree);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'the pre-merge-commit, commit-msg, pre-push hooks start "node_modules/.bin/stageflow", which is missing',
    );
    expect(result.stdout).toContain('stageflow doctor: 1 problem found');
    // The main worktree is fine, and doctor says so there.
    expect(doctor(root).code).toBe(0);

    // The fix, exactly as printed, with npm's cache and no network.
    runFix(result, 'npm install', worktree);
    expect(doctor(worktree)).toMatchObject({ code: 0 });
    const refused = sandbox.git(worktree, 'commit', '--allow-empty', '-m', 'Another direct commit on the stage');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: stage/login takes no direct commits');
  });

  it('without husky installed, prints npm install -D husky before npm run prepare (alone it would fail: husky: not found)', () => {
    listPackages(['stageflow']);
    rmSync(join(root, 'node_modules', 'husky'));
    rmSync(join(root, 'node_modules', '.bin', 'husky'));
    for (const hook of ['pre-commit', 'pre-merge-commit', 'commit-msg', 'pre-push'])
      rmSync(join(root, '.git', 'hooks', hook));

    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'husky is not installed (no node_modules/husky), so the prepare script cannot run it',
    );
    expect(countOf(result.stdout, '    npm install -D husky\n    npm run prepare\n')).toBe(1);
    expect(countOf(result.stdout, 'npm run prepare')).toBe(1);
    runFix(result, 'npm install -D husky');
    runFix(result, 'npm run prepare');
    expect(readFileSync(join(root, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain("# stageflow's hook runner");
    expect(doctor()).toMatchObject({ code: 0 });
  });

  it('with husky listed in package.json but not installed, prints plain npm install', () => {
    listPackages();
    rmSync(join(root, 'node_modules', 'husky'));
    rmSync(join(root, '.git', 'hooks', 'pre-push'));
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('husky is in package.json but not installed here');
    runFix(result, 'npm install');
    expect(doctor()).toMatchObject({ code: 0 });
  });

  it('with stageflow listed in package.json (a file: spec) but not installed, prints plain npm install, which keeps the spec', () => {
    const specs = listPackages();
    rmSync(join(root, 'node_modules', '.bin', 'stageflow'));
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("package.json lists stageflow; install the project's packages:\n    npm install\n");
    expect(result.stdout).not.toContain('npm install -D stageflow');
    runFix(result, 'npm install');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.stageflow).toBe(
      specs.stageflow,
    );
    expect(doctor()).toMatchObject({ code: 0 });
  });

  it('after npm install --ignore-scripts in a fresh clone, prints the one fix once, and it turns the hooks on', () => {
    listPackages();
    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '--no-verify', '-m', 'Set up the service with hooks');
    const clone = sandbox.path('clone');
    sandbox.gitOk(sandbox.root, 'clone', '-q', root, clone);
    const installed = sandbox.run('npm', ['install', '--ignore-scripts'], { cwd: clone, env: NPM_ENV });
    expect(installed.code, installed.output).toBe(0);
    expect(existsSync(join(clone, '.git', 'hooks', 'commit-msg'))).toBe(false);

    const result = doctor(clone);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '.git/hooks/pre-commit, .git/hooks/pre-merge-commit, .git/hooks/commit-msg, .git/hooks/pre-push are missing',
    );
    expect(countOf(result.stdout, 'npm run prepare')).toBe(1);
    expect(result.stdout).toContain('stageflow doctor: 1 problem found');
    runFix(result, 'npm run prepare', clone);
    expect(doctor(clone)).toMatchObject({ code: 0 });
  });

  it("reports someone else's hook where the runner belongs; npm run prepare keeps it aside (never lost), and doctor then warns it does not run", () => {
    const hooksDir = join(root, '.git', 'hooks');
    writeFileSync(join(hooksDir, 'post-checkout'), '#!/bin/sh\necho checked out\n', { mode: 0o755 });
    writeFileSync(join(hooksDir, 'pre-commit'), '#!/bin/sh\nnpm test\n', { mode: 0o755 });
    writeFileSync(join(hooksDir, 'pre-push.sample'), '#!/bin/sh\n', { mode: 0o755 });
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(".git/hooks/pre-commit is not stageflow's hook runner");
    runFix(result, 'npm run prepare');
    expect(readFileSync(join(hooksDir, 'pre-commit.pre-stageflow'), 'utf8')).toBe('#!/bin/sh\nnpm test\n');

    const after = doctor();
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('stageflow doctor: all in order');
    expect(after.stdout).toContain(
      "warning: these hooks of .git/hooks do not run: stageflow's runner takes their place there (npm install renames a hook that is not stageflow's to <hook>.pre-stageflow rather than overwrite it): post-checkout.pre-stageflow, pre-commit.pre-stageflow.",
    );
    expect(after.stdout).toContain('    .git/hooks/pre-commit.pre-stageflow  ->  .husky/pre-commit\n');
    expect(after.stdout).not.toContain('pre-push.sample');
  });

  it('reports an invalid config', () => {
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({
        name: 'service',
        scripts: { prepare: 'stageflow install-hooks' },
        stageflow: { branches: { mian: 'main' } },
      }),
    );
    const result = doctor();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'the stageflow config is invalid, so every hook stops with an error until it is fixed\n  the config in',
    );
    expect(result.stdout).toContain('mian');
    expect(countOf(result.stdout, 'stageflow:')).toBe(1);
  });

  it("reports HUSKY=0 in the environment and in husky's init.sh", () => {
    const fromEnv = doctor(root, { HUSKY: '0' });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stdout).toContain('HUSKY=0 is set in this shell, so husky skips every hook');
    expect(fromEnv.stdout).toContain('    unset HUSKY\n');

    const initSh = join(sandbox.env.XDG_CONFIG_HOME ?? '', 'husky', 'init.sh');
    mkdirSync(join(initSh, '..'), { recursive: true });
    writeFileSync(initSh, 'export HUSKY=0\n');
    const fromFile = doctor();
    expect(fromFile.code).toBe(1);
    expect(fromFile.stdout).toContain(`${initSh} sets HUSKY=0, so husky skips every hook on this machine`);
    runFix(fromFile, `sed -i.bak '/HUSKY=0/d' ${initSh}`);
    expect(doctor().code).toBe(0);
  });

  it('checks a package below the git root, from the package and from the root', () => {
    const other = new Sandbox();
    try {
      const { root: monoRoot, dir } = createConsumer(other, { packagePath: 'frontend' });
      other.stageflow(dir, ['init']);
      expect(other.stageflow(dir, ['doctor']).code).toBe(0);
      // From the root, the runner's --project names the package.
      expect(other.stageflow(monoRoot, ['doctor']).code).toBe(0);
      rmSync(join(monoRoot, '.git', 'hooks', 'commit-msg'));
      const result = other.stageflow(monoRoot, ['doctor']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('no package.json');
      expect(result.stdout).toContain('run doctor in that folder');
      const fromPackage = other.stageflow(dir, ['doctor']);
      expect(fromPackage.stdout).toContain('.git/hooks/commit-msg is missing');
      expect(fromPackage.stdout).toContain('    npm run prepare\n');
    } finally {
      other.cleanup();
    }
  });
});
