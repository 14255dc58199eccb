import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NPM_ENV } from '../helpers/npm-env.js';
import { PACKAGE_ROOT, Sandbox, type RunResult } from '../helpers/sandbox.js';

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
    for (const name of ['package.json', 'README.md', 'LICENSE', 'hooks', 'scripts', 'src', 'tsconfig.json']) {
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
    const inCheckout = adopt!.slice(0, adopt!.findIndex((line) => line.startsWith('# in your project')));
    expect(inCheckout.map(command).filter(Boolean)).toEqual(['npm install', 'npm pack']);
    const before = readFileSync(join(checkout, 'package.json'), 'utf8');
    run(checkout, 'npm pack');
    expect(readFileSync(join(checkout, 'package.json'), 'utf8')).toBe(before);
    expect(existsSync(join(checkout, '.package.json.prepack'))).toBe(false);
    const packed = JSON.parse(run(checkout, 'tar -xzOf stageflow-*.tgz package/package.json').stdout) as { scripts: Record<string, string> };
    expect(packed.scripts.prepare).toBeUndefined();
    expect(JSON.parse(before).scripts.prepare).toContain('husky');
    const dryRun = sandbox.run('npm', ['publish', '--dry-run'], { cwd: checkout, env: NPM_ENV });
    expect(dryRun.output).toContain('stageflow-');
    expect(dryRun.output).not.toMatch(/npm warn (?!publish This command requires you to be logged in)/i);
  });

  it('adopts it in a new project as the README says, and commits the setup with the commands init prints', () => {
    const [adopt] = shBlocks(readme, 'Adopt it in a project');
    const inProject = adopt!.slice(adopt!.findIndex((line) => line.startsWith('# in your project')));
    const lines = inProject.map(command).filter((line): line is string => line !== undefined);
    expect(lines.at(-1)).toBe('npx stageflow init');
    let init: RunResult | undefined;
    for (const line of lines) init = run(project, line);
    const printed = init!.stdout.split('\n').filter((line) => line.startsWith('    git '));
    expect(printed.map((line) => line.trim().split(' ').slice(0, 2).join(' '))).toEqual(['git add', 'git commit', 'git push']);
    for (const line of printed) run(project, line.trim());
    expect(sandbox.gitOk(project, 'status', '--porcelain')).toBe('');
    expect(sandbox.gitOk(remote, 'branch', '--list', 'main')).toContain('main');
  });

  it("a teammate's clone gets the hooks from npm install alone", () => {
    const [teammate] = shBlocks(readme, 'Adopt it in a project').slice(1);
    const lines = teammate!.map(command).filter((line): line is string => line !== undefined);
    expect(lines).toEqual(["git clone <the project's url>", 'npm install']);
    run(sandbox.root, `git clone -q ${remote} ${clone}`);
    run(clone, lines[1]!);
    expect(sandbox.gitOk(clone, 'config', 'core.hooksPath')).toBe('.husky/_');
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
      if (line.startsWith('git add')) writeFileSync(join(clone, 'discounts.js'), 'export const discount = (code) => code.length;\n');
      run(clone, line);
    }
    expect(sandbox.gitOk(clone, 'branch', '--show-current')).toMatch(/^work\/jane-doe\//);
    const branch = sandbox.gitOk(clone, 'branch', '--show-current');
    expect(sandbox.gitOk(remote, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/')).toBe(['main', 'stage/checkout', branch].sort().join('\n'));
  });
});
