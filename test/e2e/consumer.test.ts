import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NPM_ENV } from '../helpers/npm-env.js';
import { CLI, PACKAGE_ROOT, refsOf, Sandbox, type RunResult } from '../helpers/sandbox.js';

describe('a consumer project installs stageflow from its packed tarball', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.cleanup());

  const npm = (cwd: string, ...args: string[]): RunResult => npmWith(NPM_ENV, cwd, ...args);
  const npmWith = (env: NodeJS.ProcessEnv, cwd: string, ...args: string[]): RunResult => {
    const result = sandbox.run('npm', args, { cwd, env });
    if (result.code !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.code}): ${result.output}`);
    return result;
  };

  /**
   * `npm pack` of this package, with the dist/ this test run built: the package's own prepack
   * (build) is skipped so that packing never rebuilds the working tree, but its manifest step runs,
   * so the tarball's package.json is the one a real pack makes (test/e2e/readme.test.ts packs for real).
   */
  function packStageflow(): string {
    const staging = sandbox.path('stageflow-package');
    mkdirSync(staging);
    for (const name of ['package.json', 'README.md', 'hooks']) cpSync(join(PACKAGE_ROOT, name), join(staging, name), { recursive: true });
    cpSync(dirname(CLI), join(staging, 'dist'), { recursive: true });
    cpSync(join(PACKAGE_ROOT, 'scripts', 'pack-manifest.mjs'), join(staging, 'scripts', 'pack-manifest.mjs'));
    sandbox.run(process.execPath, ['scripts/pack-manifest.mjs', 'strip'], { cwd: staging });
    const packed = npm(staging, 'pack', '--ignore-scripts', '--json', '--pack-destination', sandbox.root);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    return filename;
  }

  /** The README's way: the tarball in the project's vendor/ (and nowhere else), installed from there. */
  function vendor(tarball: string, project: string): string {
    mkdirSync(join(project, 'vendor'));
    cpSync(join(sandbox.root, tarball), join(project, 'vendor', tarball));
    rmSync(join(sandbox.root, tarball));
    return `./vendor/${tarball}`;
  }

  it('sets the project up with init, and a second clone gets working hooks from npm install alone', () => {
    const tarball = packStageflow();
    const remote = sandbox.path('service-remote.git');
    const project = sandbox.path('service');
    sandbox.gitOk(sandbox.root, 'init', '--bare', '-q', remote);
    sandbox.gitOk(sandbox.root, 'init', '-q', project);
    sandbox.gitOk(project, 'remote', 'add', 'origin', remote);
    writeFileSync(join(project, 'package.json'), '{\n  "name": "service",\n  "private": true\n}\n');

    // The README's quick start, with the packed tarball standing in for the published stageflow:
    // put in the project's vendor/, installed from there, committed with the setup.
    const installed = npm(project, 'install', '-D', 'husky', vendor(tarball, project));
    // npm 11 warns about a dependency's install scripts; the packed stageflow has none.
    expect(installed.output).not.toContain('stageflow@');
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/stageflow'].resolved).toBe(`file:vendor/${tarball}`);
    const init = sandbox.run('npx', ['stageflow', 'init'], { cwd: project, env: NPM_ENV });
    expect(init.code, init.output).toBe(0);
    expect(init.stdout).toContain('✔ .gitignore: add the line node_modules/');
    const add = `git add package.json package-lock.json .husky .gitignore vendor/${tarball}`;
    expect(init.stdout).toContain(`    ${add}\n`);
    sandbox.gitOk(project, ...add.split(' ').slice(1));
    sandbox.gitOk(project, 'commit', '-q', '-m', 'Set up the stageflow git hooks');
    sandbox.gitOk(project, 'push', '-q', 'origin', 'main');
    expect(sandbox.gitOk(project, 'status', '--porcelain')).toBe('');
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).scripts.prepare).toBe('husky');

    // A teammate's clone: nothing but npm install, offline, with an npm cache that has never seen
    // the stageflow tarball (it comes from the clone's vendor/) and holds the registry packages
    // of the lockfile alone (husky, stageflow's dependencies), as the registry would serve them.
    const teammateCache = sandbox.path('teammate-npm-cache');
    const teammateEnv = { ...NPM_ENV, npm_config_cache: teammateCache, npm_config_prefer_offline: 'false', npm_config_offline: 'true' };
    const fromRegistry = Object.entries(lock.packages as Record<string, { version?: string; resolved?: string }>)
      .filter(([, entry]) => entry.resolved?.startsWith('https://'))
      .map(([key, entry]) => `${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
    expect(fromRegistry).toContain(`husky@${lock.packages['node_modules/husky'].version as string}`);
    const packed = JSON.parse(npm(sandbox.root, 'pack', ...fromRegistry, '--json', '--pack-destination', sandbox.root).stdout) as { filename: string }[];
    npmWith(teammateEnv, sandbox.root, 'cache', 'add', ...packed.map(({ filename }) => join(sandbox.root, filename)));
    expect(npmWith(teammateEnv, sandbox.root, 'cache', 'ls').stdout).not.toContain(tarball);
    const clone = sandbox.path('teammate');
    sandbox.gitOk(sandbox.root, 'clone', '-q', remote, clone);
    expect(sandbox.git(clone, 'config', 'core.hooksPath').code).not.toBe(0);
    npmWith(teammateEnv, clone, 'install');
    expect(sandbox.gitOk(clone, 'config', 'core.hooksPath')).toBe('.husky/_');
    expect(sandbox.stageflow(clone, ['doctor']).code).toBe(0);

    const onMain = sandbox.git(clone, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(onMain.code).not.toBe(0);
    expect(onMain.output).toContain('commit blocked: main takes no direct commits');

    sandbox.gitOk(clone, 'switch', '-q', '-c', 'stage/login');
    sandbox.gitOk(clone, 'push', '-q', 'origin', 'stage/login');
    sandbox.gitOk(clone, 'switch', '-q', '-c', 'work/jane-doe/login-form');
    const vague = sandbox.git(clone, 'commit', '--allow-empty', '-m', 'wip');
    expect(vague.code).not.toBe(0);
    expect(vague.output).toContain('commit message rejected');
    const good = sandbox.git(clone, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(good.code, good.output).toBe(0);

    const before = refsOf(sandbox, remote);
    const toMain = sandbox.git(clone, 'push', 'origin', 'work/jane-doe/login-form:main');
    expect(toMain.code).not.toBe(0);
    expect(toMain.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(refsOf(sandbox, remote)).toBe(before);
    const pushed = sandbox.git(clone, 'push', '-q', 'origin', 'work/jane-doe/login-form');
    expect(pushed.code, pushed.output).toBe(0);
  });

  it('without husky, init says the hooks are NOT on (and nothing else), and its two commands turn them on', () => {
    const tarball = packStageflow();
    const project = sandbox.path('service');
    sandbox.gitOk(sandbox.root, 'init', '-q', project);
    writeFileSync(join(project, 'package.json'), '{\n  "name": "service",\n  "private": true\n}\n');
    npm(project, 'install', '-D', vendor(tarball, project));
    const init = sandbox.run('npx', ['stageflow', 'init'], { cwd: project, env: NPM_ENV });
    expect(init.code, init.output).toBe(0);
    expect(init.stdout).not.toContain('core.hooksPath');
    expect(init.stdout).not.toContain('The hooks are on now');
    expect(init.stdout).toContain('✖ The hooks are NOT on yet: husky is not installed here (no node_modules/husky), so init could not run it.');
    expect(init.stdout).toContain('    npm install -D husky\n    npm run prepare\n');
    expect(sandbox.git(project, 'config', 'core.hooksPath').code).not.toBe(0);
    const again = sandbox.run('npx', ['stageflow', 'init'], { cwd: project, env: NPM_ENV });
    expect(again.stdout).toMatch(/^stageflow: init: the files are already in place; nothing was changed\.\n✖ The hooks are NOT on yet/);

    npm(project, 'install', '-D', 'husky');
    npm(project, 'run', 'prepare');
    expect(sandbox.gitOk(project, 'config', 'core.hooksPath')).toBe('.husky/_');
    expect(sandbox.stageflow(project, ['doctor']).code).toBe(0);
  });

  it('init --install runs npm install -D for what is missing, then turns the hooks on', () => {
    const tarball = packStageflow();
    const project = sandbox.path('service');
    sandbox.gitOk(sandbox.root, 'init', '-q', project);
    writeFileSync(join(project, 'package.json'), '{\n  "name": "service",\n  "private": true\n}\n');
    npm(project, 'install', '-D', vendor(tarball, project));
    const init = sandbox.run('npx', ['stageflow', 'init', '--install'], { cwd: project, env: NPM_ENV });
    expect(init.code, init.output).toBe(0);
    expect(init.stdout).toContain('✔ installed husky (npm install -D)');
    expect(init.stdout).not.toContain('Next:');
    const json = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    expect(Object.keys(json.devDependencies).sort()).toEqual(['husky', 'stageflow']);
    expect(json.scripts.prepare).toBe('husky');
    expect(sandbox.gitOk(project, 'config', 'core.hooksPath')).toBe('.husky/_');
  });
});
