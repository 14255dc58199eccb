import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NPM_ENV } from '../helpers/npm-env.js';
import { PACKAGE_ROOT, type RunResult, refsOf, Sandbox } from '../helpers/sandbox.js';

/** The README's ```sh blocks below a `## ` heading, each as its lines (comments and blanks kept). */
function shBlocks(readme: string, heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README section "## ${heading}"`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trimEnd().split('\n'));
}

/** A README line as a command: its trailing `# comment` dropped; undefined for a comment or blank line. */
function command(line: string): string | undefined {
  const text = line.replace(/\s+#\s.*$/, '').trim();
  return text === '' || text.startsWith('#') ? undefined : text;
}

/**
 * The README's walk-through, run as written: stageflow packed in a checkout, the tarball vendored
 * into a new project, `npx stageflow init`, the commands init prints, a teammate's clone with
 * `npm install` alone, then the daily commands in that clone. Every command must exit 0.
 */
describe('the README walk-through, run command by command in a scratch project', () => {
  const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
  const sandbox = new Sandbox();
  // `../stageflow` from the project, as the README's cp line says.
  const checkout = sandbox.path('stageflow');
  const project = sandbox.path('service');
  const remote = sandbox.path('service.git');
  const clone = sandbox.path('teammate');
  const run = (cwd: string, line: string): RunResult => {
    const result = sandbox.run('sh', ['-c', line], { cwd, env: NPM_ENV });
    expect(result.code, `${line}\n${result.output}`).toBe(0);
    return result;
  };

  beforeAll(() => {
    // A stageflow checkout as `npm install` leaves it: the sources, and the dependencies (linked, not installed again).
    mkdirSync(checkout);
    for (const name of ['package.json', 'README.md', 'LICENSE', 'scripts', 'src', 'tsconfig.json']) {
      cpSync(join(PACKAGE_ROOT, name), join(checkout, name), { recursive: true });
    }
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(checkout, 'node_modules'));
    sandbox.gitOk(sandbox.root, 'init', '--bare', '-q', remote);
    sandbox.gitOk(sandbox.root, 'init', '-q', project);
    sandbox.gitOk(project, 'remote', 'add', 'origin', remote);
    writeFileSync(join(project, 'package.json'), '{\n  "name": "service",\n  "private": true\n}\n');
  });
  afterAll(() => sandbox.cleanup());

  it('packs stageflow in the checkout without the development prepare script, and leaves package.json as it was', () => {
    const [adopt] = shBlocks(readme, 'Adopt it in a project');
    const inCheckout = adopt!.slice(
      0,
      adopt!.findIndex((line) => line.startsWith('# in your project')),
    );
    expect(inCheckout.map(command).filter(Boolean)).toEqual(['npm install', 'npm pack']);
    const before = readFileSync(join(checkout, 'package.json'), 'utf8');
    run(checkout, 'npm pack');
    expect(readFileSync(join(checkout, 'package.json'), 'utf8')).toBe(before);
    expect(existsSync(join(checkout, '.package.json.prepack'))).toBe(false);
    const packed = JSON.parse(run(checkout, 'tar -xzOf stageflow-*.tgz package/package.json').stdout) as {
      scripts: Record<string, string>;
    };
    expect(packed.scripts.prepare).toBeUndefined();
    expect(JSON.parse(before).scripts.prepare).toContain('install-hooks');
  });

  it('adopts it in a new project as the README says, and commits the setup with the commands init prints', () => {
    const [adopt] = shBlocks(readme, 'Adopt it in a project');
    const inProject = adopt!.slice(adopt!.findIndex((line) => line.startsWith('# in your project')));
    const lines = inProject.map(command).filter((line): line is string => line !== undefined);
    expect(lines.at(-1)).toBe('npx stageflow init');
    let init: RunResult | undefined;
    for (const line of lines) {
      const ran = run(project, line);
      // npm 11 warns about a dependency's install scripts; the packed stageflow has none.
      if (line.startsWith('npm install')) expect(ran.output).not.toContain('stageflow@');
      init = ran;
    }
    const tarball = readdirSync(join(project, 'vendor'))[0]!;
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    expect(lock.packages['node_modules/stageflow']!.resolved).toBe(`file:vendor/${tarball}`);
    expect(init!.stdout).toContain('✔ .gitignore: add the line node_modules/');
    expect(init!.stdout).toContain(`    git add package.json package-lock.json .husky .gitignore vendor/${tarball}\n`);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).scripts.prepare).toBe(
      'stageflow install-hooks',
    );
    const printed = init!.stdout.split('\n').filter((line) => line.startsWith('    git '));
    expect(printed.map((line) => line.trim().split(' ').slice(0, 2).join(' '))).toEqual([
      'git add',
      'git commit',
      'git push',
    ]);
    for (const line of printed) run(project, line.trim());
    expect(sandbox.gitOk(project, 'status', '--porcelain')).toBe('');
    expect(sandbox.gitOk(remote, 'branch', '--list', 'main')).toContain('main');
  });

  it("a teammate's clone gets the hooks from npm install alone, offline, the tarball read from the clone's vendor/", () => {
    const [teammate] = shBlocks(readme, 'Adopt it in a project').slice(1);
    const lines = teammate!.map(command).filter((line): line is string => line !== undefined);
    expect(lines).toEqual(["git clone <the project's url>", 'npm install']);
    // An npm cache that has never seen the stageflow tarball and holds the registry packages of the
    // lockfile alone (husky, stageflow's dependencies), as the registry would serve them; offline.
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; resolved?: string }>;
    };
    const fromRegistry = Object.entries(lock.packages)
      .filter(([, entry]) => entry.resolved?.startsWith('https://'))
      .map(
        ([key, entry]) => `${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`,
      );
    expect(fromRegistry).toContain(`husky@${lock.packages['node_modules/husky']!.version!}`);
    const cache = sandbox.path('teammate-npm-cache');
    const offline = {
      ...NPM_ENV,
      npm_config_cache: cache,
      npm_config_prefer_offline: 'false',
      npm_config_offline: 'true',
    };
    const packed = JSON.parse(
      run(sandbox.root, `npm pack ${fromRegistry.join(' ')} --json --pack-destination .`).stdout,
    ) as { filename: string }[];
    expect(
      sandbox.run('npm', ['cache', 'add', ...packed.map(({ filename }) => join(sandbox.root, filename))], {
        env: offline,
      }).code,
    ).toBe(0);
    const tarball = readdirSync(join(project, 'vendor'))[0]!;
    expect(sandbox.run('npm', ['cache', 'ls'], { env: offline }).stdout).not.toContain(tarball);

    run(sandbox.root, `git clone -q ${remote} ${clone}`);
    expect(existsSync(join(clone, '.git', 'hooks', 'commit-msg'))).toBe(false);
    const installed = sandbox.run('sh', ['-c', lines[1]!], { cwd: clone, env: offline });
    expect(installed.code, installed.output).toBe(0);
    expect(readFileSync(join(clone, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain("# stageflow's hook runner");
    expect(sandbox.run('npx', ['stageflow', 'doctor'], { cwd: clone, env: offline }).code).toBe(0);
    const refused = sandbox.git(clone, 'commit', '--allow-empty', '-m', 'Add the discount code handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: main takes no direct commits');
  });

  it('runs the daily commands in the clone: a stage, a work branch, a commit, a push, status', () => {
    const [daily] = shBlocks(readme, 'Daily use');
    const lines = daily!.map(command).filter((line): line is string => line !== undefined);
    expect(lines.some((line) => line.startsWith('git commit'))).toBe(true);
    for (const line of lines) {
      // Something to commit, as an engineer would have by then.
      if (line.startsWith('git add'))
        writeFileSync(join(clone, 'discounts.js'), 'export const discount = (code) => code.length;\n');
      run(clone, line);
    }
    expect(sandbox.gitOk(clone, 'branch', '--show-current')).toMatch(/^work\/jane-doe\//);
    const branch = sandbox.gitOk(clone, 'branch', '--show-current');
    expect(sandbox.gitOk(remote, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/')).toBe(
      ['main', 'stage/checkout', branch].sort().join('\n'),
    );
  });

  it('in the clone, the hooks refuse a vague message and a push to main, and leave the remote as it was', () => {
    const vague = sandbox.git(clone, 'commit', '--allow-empty', '-m', 'wip');
    expect(vague.code).not.toBe(0);
    expect(vague.output).toContain('commit message rejected');
    const before = refsOf(sandbox, remote);
    const toMain = sandbox.git(clone, 'push', 'origin', 'HEAD:main');
    expect(toMain.code).not.toBe(0);
    expect(toMain.output).toContain('push blocked: pushing to main directly is not allowed');
    expect(refsOf(sandbox, remote)).toBe(before);
  });
});
