import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createConsumer, snapshot } from '../helpers/consumer.js';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { pull_request: { types: string[] } };
  defaults?: { run: { 'working-directory': string } };
  jobs: { check: { 'runs-on': string; steps: Step[] } };
}

const WORKFLOW = join('.github', 'workflows', 'stageflow.yml');
/** A fresh project with husky and stageflow installed, as after npm install -D husky stageflow. */
const INSTALLED = { name: 'service', private: true, devDependencies: { husky: '^9.1.7', stageflow: '^1.0.0' } };

describe('stageflow init --ci github', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => ({ sandbox, project } = newProject()));
  afterEach(() => sandbox.cleanup());

  it('writes a valid workflow that runs stageflow check on pull requests, after a full checkout and npm ci', () => {
    const result = sandbox.stageflow(project.dir, ['init', '--ci', 'github']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${WORKFLOW}: every pull request now runs npx stageflow check`);

    const text = readFileSync(join(project.dir, WORKFLOW), 'utf8');
    const workflow = parse(text, { strict: true, uniqueKeys: true }) as Workflow;
    expect(workflow.on.pull_request.types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'edited']));
    const steps = workflow.jobs.check.steps;
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(steps.some((step) => step.uses?.startsWith('actions/setup-node@'))).toBe(true);
    const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toEqual(['npm ci', 'npx stageflow check']);
    expect(workflow.defaults).toBeUndefined();
  });

  it('does the normal init too: a fresh project gets its hooks and the workflow, and a second run changes nothing', () => {
    const { root } = createConsumer(sandbox, { packageJson: INSTALLED });
    const result = sandbox.stageflow(root, ['init', '--ci', 'github']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stageflow: init: made these changes:');
    expect(result.stdout).toContain('✔ package.json: set the prepare script to "stageflow install-hooks"');
    expect(result.stdout).toContain(`Wrote ${WORKFLOW}: every pull request now runs npx stageflow check`);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.prepare).toBe(
      'stageflow install-hooks',
    );
    for (const hook of ['pre-commit', 'pre-merge-commit', 'commit-msg', 'pre-push'])
      expect(readFileSync(join(root, '.git', 'hooks', hook), 'utf8')).toContain("# stageflow's hook runner");
    expect(existsSync(join(root, WORKFLOW))).toBe(true);

    // The hooks it set up work: a commit on main is refused.
    sandbox.gitOk(root, 'add', '-A');
    sandbox.gitOk(root, 'commit', '-q', '-m', 'Set up the stageflow git hooks');
    const refused = sandbox.git(root, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('commit blocked: main takes no direct commits');

    const before = snapshot(sandbox, root);
    const again = sandbox.stageflow(root, ['init', '--ci', 'github']);
    expect(again).toMatchObject({
      code: 0,
      stdout: `stageflow: init: everything is already in place; nothing was changed.\n${WORKFLOW} is up to date; nothing to do.\n`,
    });
    expect(snapshot(sandbox, root)).toBe(before);
  });

  it('--dry-run prints the init changes and the workflow, and writes nothing', () => {
    const { root } = createConsumer(sandbox, { packageJson: INSTALLED });
    const before = snapshot(sandbox, root);
    const result = sandbox.stageflow(root, ['init', '--ci', 'github', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stageflow: init --dry-run: these changes would be made (nothing was written):');
    expect(result.stdout).toContain('  - package.json: set the prepare script to "stageflow install-hooks"');
    expect(result.stdout).toContain(
      "  - write stageflow's hook runner into git's own hooks folder, .git/hooks (stageflow install-hooks, as the prepare script does)",
    );
    expect(result.stdout).toContain(`Would write ${WORKFLOW} (dry run, nothing written):`);
    expect(result.stdout).toContain('- run: npx stageflow check');
    expect(snapshot(sandbox, root)).toBe(before);
    expect(existsSync(join(root, '.github'))).toBe(false);
    expect(existsSync(join(root, '.husky'))).toBe(false);
    expect(existsSync(join(root, '.git', 'hooks', 'commit-msg'))).toBe(false);
  });

  it('a second run changes nothing, and an edited workflow is kept', () => {
    sandbox.stageflow(project.dir, ['init', '--ci', 'github']);
    const second = sandbox.stageflow(project.dir, ['init', '--ci', 'github']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${WORKFLOW} is up to date; nothing to do.\n`);

    const file = join(project.dir, WORKFLOW);
    const edited = `${readFileSync(file, 'utf8')}      - run: npm test\n`;
    writeFileSync(file, edited);
    const again = sandbox.stageflow(project.dir, ['init', '--ci', 'github']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('exists and differs from the one stageflow writes; it was kept as it is');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('a package below the repository root: the workflow goes to the root and runs in the package', () => {
    const pkg = join(project.dir, 'services', 'orders');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), '{ "name": "orders", "private": true }\n');
    const result = sandbox.stageflow(pkg, ['init', '--ci', 'github']);
    expect(result.code).toBe(0);
    const workflow = parse(readFileSync(join(project.dir, WORKFLOW), 'utf8')) as Workflow;
    expect(workflow.defaults?.run['working-directory']).toBe('services/orders');
    const setupNode = workflow.jobs.check.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['cache-dependency-path']).toBe('services/orders/package-lock.json');
  });

  it('refuses a provider it has no workflow for, and says what to do, before changing anything', () => {
    const before = snapshot(sandbox, project.dir);
    const result = sandbox.stageflow(project.dir, ['init', '--ci', 'jenkins']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(snapshot(sandbox, project.dir)).toBe(before);
    expect(result.stderr).toContain('init --ci: stageflow does not write a workflow for "jenkins"');
    expect(result.stderr).toContain('npx stageflow init --ci github');
    expect(existsSync(join(project.dir, '.github'))).toBe(false);
  });
});
