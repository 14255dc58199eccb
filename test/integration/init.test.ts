import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FALLBACK_COMMENT } from '../../src/core/hooks/fallback-line.js';
import { createConsumer, snapshot, writeExecutable } from '../helpers/consumer.js';
import { NPM_ENV } from '../helpers/npm-env.js';
import { CLI, PACKAGE_ROOT, refsOf, Sandbox } from '../helpers/sandbox.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('stageflow init', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('sets up a fresh project, turns the hooks on, and changes nothing when run again', () => {
    const { root } = createConsumer(sandbox);
    const first = sandbox.stageflow(root, ['init']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✔ package.json: set the prepare script to "stageflow install-hooks"');
    expect(first.stdout).toContain(
      "✔ write stageflow's hook runner into git's own hooks folder, .git/hooks (stageflow install-hooks, as the prepare script does)",
    );
    expect(first.stdout).toContain('    git add package.json .husky\n');
    expect(readJson(join(root, 'package.json')).scripts).toEqual({
      prepare: 'stageflow install-hooks',
      'start-work': 'stageflow start-work',
    });
    // The runner in git's own folder runs stageflow's check; the tracked files hold only the
    // fallback line, for clones where git runs husky's stubs instead.
    expect(existsSync(join(root, '.husky', 'pre-commit'))).toBe(false);
    for (const hook of ['pre-commit', 'pre-merge-commit', 'commit-msg', 'pre-push'])
      expect(readFileSync(join(root, '.git', 'hooks', hook), 'utf8')).toContain("# stageflow's hook runner");
    expect(readFileSync(join(root, '.husky', 'commit-msg'), 'utf8')).toBe(
      `${FALLBACK_COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook commit-msg "$1"\n`,
    );
    expect(sandbox.git(root, 'config', 'core.hooksPath').code).not.toBe(0);
    expect(sandbox.gitOk(root, 'rev-parse', '--git-path', 'hooks')).toBe('.git/hooks');

    const before = snapshot(sandbox, root);
    const second = sandbox.stageflow(root, ['init']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('everything is already in place; nothing was changed');
    expect(snapshot(sandbox, root)).toBe(before);
  });

  it("keeps the guard where git runs husky's own stubs again (npx husky): the tracked fallback lines refuse", () => {
    const { root, remote } = createConsumer(sandbox);
    expect(sandbox.stageflow(root, ['init']).code).toBe(0);
    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '-m', 'Set up the stageflow git hooks');
    sandbox.gitOk(root, 'push', '-q', 'origin', 'main');
    // A plain husky run points core.hooksPath back at its stubs, which run only .husky/<hook>.
    const husky = sandbox.run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'husky', 'bin.js')], { cwd: root });
    expect(husky.code, husky.output).toBe(0);
    expect(sandbox.gitOk(root, 'config', 'core.hooksPath')).toBe('.husky/_');
    const head = sandbox.gitOk(root, 'rev-parse', 'HEAD');
    const refused = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: main takes no direct commits');
    expect(sandbox.gitOk(root, 'rev-parse', 'HEAD')).toBe(head);
    sandbox.gitOk(root, 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'Add the login form handler');
    const before = refsOf(sandbox, remote);
    const pushed = sandbox.git(root, 'push', 'origin', 'main');
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(refsOf(sandbox, remote)).toBe(before);
  });

  it('without husky installed, says the hooks are NOT on, the same each run, and its commands turn them on', () => {
    // stageflow installed as npm would from a tarball (a file: spec), husky neither listed nor installed.
    const stageflowPackage = sandbox.path('stageflow-package');
    mkdirSync(stageflowPackage);
    writeFileSync(
      join(stageflowPackage, 'package.json'),
      JSON.stringify({ name: 'stageflow', version: '0.0.0-test', bin: { stageflow: 'dist/cli.js' } }),
    );
    symlinkSync(dirname(CLI), join(stageflowPackage, 'dist'));
    const { root } = createConsumer(sandbox, {
      packageJson: { name: 'service', devDependencies: { stageflow: `file:${stageflowPackage}` } },
    });
    rmSync(join(root, 'node_modules', 'husky'));
    rmSync(join(root, 'node_modules', '.bin', 'husky'));

    const first = sandbox.stageflow(root, ['init']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✔ package.json: set the prepare script to "stageflow install-hooks"');
    expect(first.stdout).not.toContain("write stageflow's hook runner into git's own hooks folder");
    expect(first.stdout).not.toContain('The hooks are on now');
    const notOn = [
      '✖ The hooks are NOT on yet: husky is not installed here (no node_modules/husky), so init could not run it.',
      '  Turn them on: add husky to the devDependencies, then run the prepare script (npm install -D runs none):',
      '    npm install -D husky',
      '    npm run prepare',
    ].join('\n');
    expect(first.stdout).toContain(notOn);
    expect(existsSync(join(root, '.git', 'hooks', 'commit-msg'))).toBe(false);
    expect(existsSync(join(root, '.husky', '_'))).toBe(false);

    const before = snapshot(sandbox, root);
    const second = sandbox.stageflow(root, ['init']);
    expect(second.stdout).toBe(`stageflow: init: the files are already in place; nothing was changed.\n${notOn}\n`);
    expect(snapshot(sandbox, root)).toBe(before);

    for (const command of ['npm install -D husky', 'npm run prepare']) {
      const ran = sandbox.run('sh', ['-c', command], { cwd: root, env: NPM_ENV });
      expect(ran.code, ran.output).toBe(0);
    }
    expect(readFileSync(join(root, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain("# stageflow's hook runner");
    expect(sandbox.stageflow(root, ['init']).stdout).toBe(
      'stageflow: init: everything is already in place; nothing was changed.\n',
    );
    expect(sandbox.stageflow(root, ['doctor']).code).toBe(0);
  });

  it('with husky listed but not installed, says the hooks are NOT on and that plain npm install turns them on', () => {
    const { root } = createConsumer(sandbox, {
      packageJson: { name: 'service', devDependencies: { husky: '^9.1.7', stageflow: '^1.0.0' } },
    });
    rmSync(join(root, 'node_modules', 'husky'));
    const result = sandbox.stageflow(root, ['init']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✖ The hooks are NOT on yet');
    expect(result.stdout).toContain(
      '  Turn them on: install the packages (npm install runs the prepare script, which runs husky):\n    npm install\n',
    );
    expect(result.stdout).not.toContain("write stageflow's hook runner into git's own hooks folder");
  });

  it('does not report the runner as written when husky ran but set nothing up', () => {
    const { root } = createConsumer(sandbox);
    const result = sandbox.stageflow(root, ['init'], { env: { HUSKY: '0' } });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain("✔ write stageflow's hook runner");
    expect(result.stdout).toContain('✖ husky could not turn the hooks on');
    expect(existsSync(join(root, '.git', 'hooks', 'commit-msg'))).toBe(false);
  });

  it('renames the hooks of .git/hooks the runner replaces, says how to keep them, and moving the commands as told keeps them', () => {
    const { root } = createConsumer(sandbox);
    // git init wrote its *.sample hooks there too; those are not hooks of the project.
    writeExecutable(join(root, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho "legacy check ran"\n');
    writeExecutable(join(root, '.git', 'hooks', 'post-checkout'), '#!/bin/sh\necho "checked out"\n');
    sandbox.gitOk(root, 'switch', '-q', '-c', 'work/jane-doe/setup');
    expect(sandbox.git(root, 'commit', '--allow-empty', '-m', 'Start the service repository').output).toContain(
      'legacy check ran',
    );

    const result = sandbox.stageflow(root, ['init']);
    expect(result.code).toBe(0);
    const warning = [
      "! these hooks of .git/hooks do not run: stageflow's runner takes their place there (npm install renames a hook that is not stageflow's to <hook>.pre-stageflow rather than overwrite it): post-checkout.pre-stageflow, pre-commit.pre-stageflow. " +
        "To keep one, move its commands into the husky hook file of the same name (stageflow's runner runs it first), then delete the old file:",
      '    .git/hooks/post-checkout.pre-stageflow  ->  .husky/post-checkout',
      '    .git/hooks/pre-commit.pre-stageflow  ->  .husky/pre-commit',
    ].join('\n');
    expect(result.stdout).toContain(warning);
    expect(result.stdout).not.toContain('.sample');
    expect(sandbox.stageflow(root, ['init']).stdout).toContain(warning);
    expect(sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler').output).not.toContain(
      'legacy check ran',
    );

    writeFileSync(join(root, '.husky', 'pre-commit'), 'echo "legacy check ran"\n');
    const kept = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the logout button handler');
    expect(kept.code, kept.output).toBe(0);
    expect(kept.output).toContain('legacy check ran');
  });

  /** Runs each printed command of the closing note, as a user pastes them into a shell. */
  const runNote = (stdout: string, cwd: string) => {
    const note = stdout.slice(stdout.indexOf('Commit the setup'));
    const commands = note
      .split('\n')
      .filter((line) => line.startsWith('    '))
      .map((line) => line.trim());
    for (const command of commands) {
      const ran = sandbox.run('sh', ['-c', command], { cwd, env: NPM_ENV });
      expect(ran.code, `${command}\n${ran.output}`).toBe(0);
    }
    return commands;
  };

  it('in a brand-new repository, says the setup is the first commit, allowed on main, and its commands work', () => {
    const { root, remote } = createConsumer(sandbox);
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain(
      [
        "Commit the setup: as the repository's first commit it is allowed on main. Every clone then gets the hooks from npm install alone.",
        '    git add package.json .husky',
        '    git commit -m "Set up the stageflow git hooks"',
        '    git push -u origin main',
        '',
      ].join('\n'),
    );
    runNote(result.stdout, root);
    expect(sandbox.gitOk(remote, 'log', '-1', '--format=%s', 'main')).toBe('Set up the stageflow git hooks');
  });

  it('in a brand-new repository on master, renames it to main before the first commit, and its commands push main', () => {
    const { root, remote } = createConsumer(sandbox);
    sandbox.gitOk(root, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain(
      [
        "Commit the setup: as the repository's first commit it is allowed on main. Every clone then gets the hooks from npm install alone.",
        '  This branch is master, not main (the main branch of the config), and the hooks refuse pushing master; rename it first:',
        '    git branch -m main',
        '    git add package.json .husky',
        '    git commit -m "Set up the stageflow git hooks"',
        '    git push -u origin main',
        '',
      ].join('\n'),
    );
    runNote(result.stdout, root);
    expect(sandbox.gitOk(root, 'branch', '--show-current')).toBe('main');
    expect(sandbox.gitOk(remote, 'log', '-1', '--format=%s', 'main')).toBe('Set up the stageflow git hooks');
  });

  it("with a bare remote whose HEAD names master, its commands make main the remote's default, and a teammate's clone checks it out", () => {
    const { root, remote } = createConsumer(sandbox);
    sandbox.gitOk(root, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    sandbox.gitOk(remote, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain(
      [
        '    git push -u origin main',
        "  A repository made with git init --bare names master as its default branch; if origin does, a teammate's clone checks out nothing once only main is pushed. Make main its default after the push:",
        `    git --git-dir=${remote} symbolic-ref HEAD refs/heads/main`,
        '  (A clone made before that is empty, not broken: git switch main in it.)',
      ].join('\n'),
    );
    // What the teammate met without the last command: a clone with nothing checked out.
    const note = result.stdout.slice(result.stdout.indexOf('Commit the setup'));
    const [symref, ...pushAndBefore] = note
      .split('\n')
      .filter((line) => line.startsWith('    '))
      .map((line) => line.trim())
      .reverse();
    for (const command of pushAndBefore.reverse())
      expect(sandbox.run('sh', ['-c', command], { cwd: root, env: NPM_ENV }).code, command).toBe(0);
    const early = sandbox.path('early-teammate');
    expect(sandbox.git(sandbox.root, 'clone', '-q', remote, early).output).toContain(
      'remote HEAD refers to nonexistent ref',
    );
    expect(sandbox.git(early, 'rev-parse', '--verify', '-q', 'HEAD').code).not.toBe(0);

    expect(sandbox.run('sh', ['-c', symref!], { cwd: root }).code).toBe(0);
    const teammate = sandbox.path('teammate');
    sandbox.gitOk(sandbox.root, 'clone', '-q', remote, teammate);
    expect(sandbox.gitOk(teammate, 'branch', '--show-current')).toBe('main');
    expect(sandbox.gitOk(teammate, 'log', '-1', '--format=%s')).toBe('Set up the stageflow git hooks');
    // And the early clone, as the note says.
    sandbox.gitOk(early, 'switch', '-q', 'main');
    expect(sandbox.gitOk(early, 'log', '-1', '--format=%s')).toBe('Set up the stageflow git hooks');
  });

  it('without a remote, says to add one (an example URL) before the first push, and with the real URL its commands work', () => {
    const { root, remote } = createConsumer(sandbox);
    sandbox.gitOk(root, 'remote', 'remove', 'origin');
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain(
      [
        '    git commit -m "Set up the stageflow git hooks"',
        `  There is no remote "origin" yet: add it first (the URL is an example; use your repository's), then push:`,
        '    git remote add origin git@github.com:example/service.git',
        '    git push -u origin main',
        '',
      ].join('\n'),
    );
    runNote(result.stdout.replace('git@github.com:example/service.git', remote), root);
    expect(sandbox.gitOk(remote, 'log', '-1', '--format=%s', 'main')).toBe('Set up the stageflow git hooks');
  });

  it('where main already has commits, gives the stage and work branch steps, and they bring the setup in without a refusal', () => {
    const { root, remote } = createConsumer(sandbox);
    writeFileSync(join(root, 'handler.js'), 'export const handler = () => 1;\n');
    sandbox.gitOk(root, 'add', 'handler.js', '.gitignore');
    sandbox.gitOk(root, 'commit', '-q', '-m', 'Add the service handler');
    sandbox.gitOk(root, 'push', '-q', 'origin', 'main');

    const result = sandbox.stageflow(root, ['init']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        'Commit the setup by pull request: main already has commits, and the hooks refuse commits on main; cut a stage from main and a work branch from it:',
        '    npx stageflow start-stage stageflow-setup --push',
        '    npx stageflow start-work --stage stageflow-setup --change add-stageflow',
        '    git add package.json .husky',
        '    git commit -m "Set up the stageflow git hooks"',
        '    git push',
        '  Then open a pull request from the work branch into stage/stageflow-setup and, once it is merged, one from stage/stageflow-setup into main. Every clone then gets the hooks from npm install alone.',
        '',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('The hooks are on now');
    expect(sandbox.git(root, 'commit', '--allow-empty', '-m', 'Set up the stageflow git hooks').output).toContain(
      'commit blocked: main takes no direct commits',
    );

    runNote(result.stdout, root);
    expect(sandbox.gitOk(root, 'branch', '--show-current')).toBe('work/jane-doe/add-stageflow');
    expect(sandbox.gitOk(remote, 'log', '-1', '--format=%s', 'work/jane-doe/add-stageflow')).toBe(
      'Set up the stageflow git hooks',
    );
    expect(sandbox.gitOk(remote, 'rev-parse', 'stage/stageflow-setup')).toBe(
      sandbox.gitOk(remote, 'rev-parse', 'main'),
    );
  });

  it('on a work branch, says to commit there and push', () => {
    const { root } = createConsumer(sandbox);
    sandbox.gitOk(root, 'commit', '-q', '--allow-empty', '-m', 'Start the service repository');
    sandbox.gitOk(root, 'switch', '-q', '-c', 'work/jane-doe/add-stageflow');
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain('Commit the setup on this work branch and push it.');
    expect(result.stdout).toContain('    git push -u origin work/jane-doe/add-stageflow\n');
    runNote(result.stdout, root);
  });

  it('adds node_modules/ to .gitignore and puts the file: dependencies inside the project in its git add line', () => {
    const devDependencies = {
      husky: '^9.1.7',
      stageflow: 'file:vendor/stageflow-0.1.0.tgz',
      shared: 'file:../shared-1.0.0.tgz',
    };
    const { root } = createConsumer(sandbox, { packageJson: { name: 'service', devDependencies } });
    rmSync(join(root, '.gitignore'));
    mkdirSync(join(root, 'vendor'));
    writeFileSync(join(root, 'vendor', 'stageflow-0.1.0.tgz'), 'tarball');

    const dry = sandbox.stageflow(root, ['init', '--dry-run']);
    expect(dry.stdout).toContain(
      '  - .gitignore: add the line node_modules/ (npm install recreates it in every clone; it is never committed)\n',
    );
    expect(existsSync(join(root, '.gitignore'))).toBe(false);

    const result = sandbox.stageflow(root, ['init']);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('  ✔ .gitignore: add the line node_modules/');
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    expect(result.stdout).toContain('    git add package.json .husky .gitignore vendor/stageflow-0.1.0.tgz\n');
    expect(result.stdout).toContain(
      [
        `! package.json installs "file:../shared-1.0.0.tgz", which is outside this repository: a teammate's clone cannot install it.`,
        '  Put the file in the project (e.g. vendor/), install it from there and commit it, for example:',
        '    mkdir -p vendor',
        '    mv ../shared-1.0.0.tgz vendor/',
        '    npm install -D ./vendor/shared-1.0.0.tgz',
      ].join('\n'),
    );
    runNote(result.stdout, root);
    expect(sandbox.gitOk(root, 'ls-files')).toBe(
      [
        '.gitignore',
        '.husky/commit-msg',
        '.husky/pre-merge-commit',
        '.husky/pre-push',
        'package.json',
        'vendor/stageflow-0.1.0.tgz',
      ].join('\n'),
    );
    expect(sandbox.stageflow(root, ['init']).stdout).toContain('everything is already in place; nothing was changed');
  });

  it('prints the one npm command for husky and stageflow when package.json lacks them', () => {
    const { root } = createConsumer(sandbox, {
      packageJson: { name: 'service', devDependencies: { husky: '^9.1.7' } },
    });
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain('Next: add stageflow to the devDependencies');
    expect(result.stdout).toContain('    npm install -D stageflow\n');
    expect(readJson(join(root, 'package.json')).devDependencies).toEqual({ husky: '^9.1.7' });
  });

  it('migrates an older setup in place: keeps the other lines of the hook files, removes its own, and both run on a real commit', () => {
    const { root } = createConsumer(sandbox, {
      packageJson: { name: 'service', scripts: { prepare: 'husky', 'start-work': 'stageflow start-work' } },
    });
    mkdirSync(join(root, '.husky'));
    writeExecutable(join(root, '.husky', 'pre-commit'), 'echo "lint-staged ran"\nstageflow hook pre-commit\n');
    writeExecutable(
      join(root, '.husky', 'commit-msg'),
      '#!/bin/sh\n# Installed by stageflow init\nstageflow hook commit-msg "$1"\n',
    );
    writeExecutable(
      join(root, '.husky', 'pre-push'),
      '#!/bin/sh\nnpx stageflow hook pre-push "$@"\necho "tests ran"\n',
    );
    const result = sandbox.stageflow(root, ['init']);
    expect(result.stdout).toContain(
      '✔ package.json: set the prepare script to "stageflow install-hooks" (was "husky")',
    );
    expect(result.stdout).toContain(
      '✔ .husky/pre-commit: remove "stageflow hook pre-commit" (the branch is checked at commit-msg now); your other lines stay',
    );
    expect(result.stdout).toContain(
      `✔ .husky/commit-msg: make "stageflow hook commit-msg "$1"" run only where git runs husky's own stubs instead of stageflow's runner (before npm install, after npx husky); under the runner it started node twice`,
    );
    expect(readFileSync(join(root, '.husky', 'pre-commit'), 'utf8')).toBe('echo "lint-staged ran"\n');
    expect(readFileSync(join(root, '.husky', 'commit-msg'), 'utf8')).toBe(
      `#!/bin/sh\n# Installed by stageflow init\n${FALLBACK_COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook commit-msg "$1"\n`,
    );
    expect(readFileSync(join(root, '.husky', 'pre-push'), 'utf8')).toBe(
      `#!/bin/sh\n${FALLBACK_COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook pre-push "$@"\necho "tests ran"\n`,
    );
    expect(result.stdout).toContain('    git add package.json .husky\n');
    const before = snapshot(sandbox, root);
    expect(sandbox.stageflow(root, ['init']).stdout).toContain('everything is already in place; nothing was changed');
    expect(snapshot(sandbox, root)).toBe(before);

    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '-m', 'Set up the stageflow git hooks');
    const refused = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('lint-staged ran');
    expect(refused.output).toContain('commit blocked: main takes no direct commits');
    sandbox.gitOk(root, 'switch', '-q', '-c', 'work/jane-doe/login-form');
    const committed = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(committed.code).toBe(0);
    expect(committed.output).toContain('lint-staged ran');
  });

  it('keeps an existing prepare command after husky, and npm run prepare runs both', () => {
    const { root } = createConsumer(sandbox, {
      packageJson: { name: 'service', scripts: { prepare: "node -e \"require('fs').writeFileSync('built', '')\"" } },
    });
    sandbox.stageflow(root, ['init']);
    expect(readJson(join(root, 'package.json')).scripts.prepare).toBe(
      "stageflow install-hooks && node -e \"require('fs').writeFileSync('built', '')\"",
    );
    rmSync(join(root, '.git', 'hooks', 'commit-msg'));
    const prepared = sandbox.run('npm', ['run', 'prepare'], { cwd: root });
    expect(prepared.code).toBe(0);
    expect(existsSync(join(root, 'built'))).toBe(true);
    expect(readFileSync(join(root, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain("# stageflow's hook runner");
  });

  it('--dry-run prints every change and writes nothing', () => {
    const { root } = createConsumer(sandbox, { packageJson: { name: 'service', scripts: { prepare: 'tsc' } } });
    mkdirSync(join(root, '.husky'));
    writeFileSync(join(root, '.husky', 'commit-msg'), 'npx commitlint --edit "$1"\n');
    const before = snapshot(sandbox, root);
    const result = sandbox.stageflow(root, ['init', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'stageflow: init --dry-run: these changes would be made (nothing was written):',
        '  - package.json: set the prepare script to "stageflow install-hooks && tsc" (was "tsc")',
        '  - package.json: add the script start-work: "stageflow start-work"',
        "  - .husky/pre-merge-commit: create it with a line that runs stageflow's check only where git runs husky's own stubs instead of stageflow's runner (before npm install, after npx husky)",
        "  - .husky/commit-msg: add a line that runs stageflow's check only where git runs husky's own stubs instead of stageflow's runner (before npm install, after npx husky)",
        "  - .husky/pre-push: create it with a line that runs stageflow's check only where git runs husky's own stubs instead of stageflow's runner (before npm install, after npx husky)",
        "  - write stageflow's hook runner into git's own hooks folder, .git/hooks (stageflow install-hooks, as the prepare script does)",
        'Next: add husky and stageflow to the devDependencies (npm writes package-lock.json too):',
        '    npm install -D husky stageflow',
        '',
      ].join('\n'),
    );
    expect(snapshot(sandbox, root)).toBe(before);
    expect(existsSync(join(root, '.git', 'hooks', 'commit-msg'))).toBe(false);
  });

  it('sets up a package below the git root, and the hooks work there with real commits and pushes', () => {
    const packageJson = { name: 'frontend', private: true, stageflow: { rules: { 'ticket-pattern': 'FE-\\d+' } } };
    const { root, dir, remote } = createConsumer(sandbox, { packagePath: 'frontend', packageJson });
    const result = sandbox.stageflow(dir, ['init']);
    expect(result.code).toBe(0);
    expect(readJson(join(dir, 'package.json')).scripts.prepare).toBe('stageflow install-hooks');
    expect(readFileSync(join(root, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain(
      ' hook commit-msg --project frontend "$1"\n',
    );
    expect(readFileSync(join(root, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain(
      '\ns=frontend/.husky/commit-msg\n',
    );
    expect(readFileSync(join(dir, '.husky', 'commit-msg'), 'utf8')).toContain(
      '|| frontend/node_modules/.bin/stageflow hook commit-msg --project frontend "$1"\n',
    );
    expect(result.stdout).toContain('    git add package.json .husky\n');

    // The bootstrap commit and push of main are allowed once; messages follow frontend's config.
    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '-m', 'FE-1 Set up the stageflow git hooks');
    sandbox.gitOk(root, 'push', '-q', 'origin', 'main');
    const onMain = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'FE-2 Add the login form handler');
    expect(onMain.code).not.toBe(0);
    expect(onMain.output).toContain('commit blocked: main takes no direct commits');

    sandbox.gitOk(root, 'switch', '-q', '-c', 'work/jane-doe/login-form');
    const noTicket = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(noTicket.code).not.toBe(0);
    expect(noTicket.output).toContain('FE-');
    const good = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'FE-2 Add the login form handler');
    expect(good.code).toBe(0);

    // A clean merge into main runs pre-merge-commit (not pre-commit) through frontend's runner.
    expect(readFileSync(join(root, '.git', 'hooks', 'pre-merge-commit'), 'utf8')).toContain(
      ' hook pre-merge-commit --project frontend\n',
    );
    sandbox.gitOk(root, 'switch', '-q', 'main');
    const mainBefore = sandbox.gitOk(root, 'rev-parse', 'main');
    const merged = sandbox.git(root, 'merge', '--no-ff', '-m', 'FE-3 Merge the login form', 'work/jane-doe/login-form');
    expect(merged.code).not.toBe(0);
    expect(merged.output).toContain('merge commit blocked: main takes no direct commits, merge commits included');
    expect(sandbox.gitOk(root, 'rev-parse', 'main')).toBe(mainBefore);
    sandbox.gitOk(root, 'merge', '--abort');
    sandbox.gitOk(root, 'switch', '-q', 'work/jane-doe/login-form');

    const before = refsOf(sandbox, remote);
    const toMain = sandbox.git(root, 'push', 'origin', 'work/jane-doe/login-form:main');
    expect(toMain.code).not.toBe(0);
    expect(toMain.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(refsOf(sandbox, remote)).toBe(before);
    expect(sandbox.git(root, 'push', '-q', 'origin', 'work/jane-doe/login-form').code).toBe(0);

    const again = snapshot(sandbox, root);
    expect(sandbox.stageflow(dir, ['init']).stdout).toContain('nothing was changed');
    expect(snapshot(sandbox, root)).toBe(again);
  });

  it('refuses outside a git repository and without package.json, saying how to fix it', () => {
    mkdirSync(sandbox.path('plain'));
    const outside = sandbox.stageflow(sandbox.path('plain'), ['init']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not in a git repository');
    expect(outside.stderr).toContain('git init');

    sandbox.gitOk(sandbox.path('plain'), 'init', '-q');
    const noPackage = sandbox.stageflow(sandbox.path('plain'), ['init']);
    expect(noPackage.code).toBe(2);
    expect(noPackage.stderr).toContain('npm init -y');
  });

  it('rejects unknown options with the usage', () => {
    const { root } = createConsumer(sandbox);
    const result = sandbox.stageflow(root, ['init', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'stageflow: init: unknown option --force; init takes --dry-run, --install, --ci, --deploy, --help\n' +
        'Usage: stageflow init [--dry-run] [--install] [--ci <provider> [--deploy]]\n',
    );
    const flagWithValue = sandbox.stageflow(root, ['init', '--dry-run=yes']);
    expect(flagWithValue.code).toBe(2);
    expect(flagWithValue.stderr).toContain('stageflow: init: --dry-run takes no value\nUsage: stageflow init');
    expect(sandbox.stageflow(root, ['init', '--ci']).stderr).toContain(
      'stageflow: init: --ci needs a value, e.g. --ci <value>',
    );
  });
});
