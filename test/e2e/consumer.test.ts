import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NPM_ENV } from '../helpers/npm-env.js';
import { CLI, PACKAGE_ROOT, type RunResult, Sandbox } from '../helpers/sandbox.js';

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
    for (const name of ['package.json', 'README.md'])
      cpSync(join(PACKAGE_ROOT, name), join(staging, name), { recursive: true });
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

  // The README's own walk-through (install, init, a teammate's offline clone, the refusals) is test/e2e/readme.test.ts.

  it('without husky, init says the hooks are NOT on (and nothing else), and its two commands turn them on', () => {
    const tarball = packStageflow();
    const project = sandbox.path('service');
    sandbox.gitOk(sandbox.root, 'init', '-q', project);
    writeFileSync(join(project, 'package.json'), '{\n  "name": "service",\n  "private": true\n}\n');
    npm(project, 'install', '-D', vendor(tarball, project));
    const init = sandbox.run('npx', ['stageflow', 'init'], { cwd: project, env: NPM_ENV });
    expect(init.code, init.output).toBe(0);
    expect(init.stdout).not.toContain("write stageflow's hook runner into git's own hooks folder");
    expect(init.stdout).not.toContain('The hooks are on now');
    expect(init.stdout).toContain(
      '✖ The hooks are NOT on yet: husky is not installed here (no node_modules/husky), so init could not run it.',
    );
    expect(init.stdout).toContain('    npm install -D husky\n    npm run prepare\n');
    expect(existsSync(join(project, '.git', 'hooks', 'commit-msg'))).toBe(false);
    const again = sandbox.run('npx', ['stageflow', 'init'], { cwd: project, env: NPM_ENV });
    expect(again.stdout).toMatch(
      /^stageflow: init: the files are already in place; nothing was changed\.\n✖ The hooks are NOT on yet/,
    );

    npm(project, 'install', '-D', 'husky');
    npm(project, 'run', 'prepare');
    expect(readFileSync(join(project, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain("# stageflow's hook runner");
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
    expect(json.scripts.prepare).toBe('stageflow install-hooks');
    expect(readFileSync(join(project, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain("# stageflow's hook runner");
  });
});
