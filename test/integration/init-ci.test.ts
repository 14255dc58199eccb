import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProject, Sandbox, type Project } from '../helpers/sandbox.js';

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

describe('stageflow init --ci github', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => {
    sandbox = new Sandbox();
    project = createProject(sandbox);
  });
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

  it('--dry-run prints the workflow and writes nothing', () => {
    const result = sandbox.stageflow(project.dir, ['init', '--ci', 'github', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Would write ${WORKFLOW} (dry run, nothing written):`);
    expect(result.stdout).toContain('- run: npx stageflow check');
    expect(existsSync(join(project.dir, '.github'))).toBe(false);
  });

  it('a second run changes nothing, and an edited workflow is kept', () => {
    sandbox.stageflow(project.dir, ['init', '--ci', 'github']);
    expect(sandbox.stageflow(project.dir, ['init', '--ci', 'github'])).toMatchObject({ code: 0, stdout: `${WORKFLOW} is up to date; nothing to do.\n` });

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

  it('refuses a provider it has no workflow for, and says what to do', () => {
    const result = sandbox.stageflow(project.dir, ['init', '--ci', 'jenkins']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('init --ci: stageflow does not write a workflow for "jenkins"');
    expect(result.stderr).toContain('npx stageflow init --ci github');
    expect(existsSync(join(project.dir, '.github'))).toBe(false);
  });
});
