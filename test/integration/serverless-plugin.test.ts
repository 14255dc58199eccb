import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrap,
  CLI,
  createProject,
  PACKAGE_ROOT,
  type Project,
  type RunResult,
  Sandbox,
} from '../helpers/sandbox.js';

/** osls, the framework's open-source v3, from this package's devDependencies: the real thing, not a mock. */
const SERVERLESS = join(PACKAGE_ROOT, 'node_modules', 'osls', 'bin', 'serverless.js');
const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'serverless', 'serverless.yml');
// No network at all where the kernel allows it; everywhere, no AWS credentials.
const NO_NETWORK = spawnSync('unshare', ['-n', 'true']).status === 0;
const CREDENTIALS_NOT_FOUND = 'AWS provider credentials not found';

describe('the serverless plugin, in the real framework (osls 3), offline and without AWS credentials', () => {
  let sandbox: Sandbox;
  let project: Project;

  const env = (): NodeJS.ProcessEnv => {
    const clean: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(sandbox.env)) {
      if (
        !key.startsWith('AWS_') &&
        !key.startsWith('GITHUB_') &&
        !key.startsWith('CI_') &&
        key !== 'GITLAB_CI' &&
        key !== 'CI'
      )
        clean[key] = value;
    }
    // AWS_EC2_METADATA_DISABLED: on a CI runner inside EC2 the instance role would otherwise be found
    // where unshare is missing, and an allowed deploy would really deploy.
    return {
      ...clean,
      AWS_EC2_METADATA_DISABLED: 'true',
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      SLS_DEPRECATION_DISABLE: '*',
    };
  };
  const serverless = (args: string[], extra: NodeJS.ProcessEnv = {}): RunResult => {
    // One stream, in the order the user sees it: the refusal must be the last thing printed.
    const command = [...(NO_NETWORK ? ['unshare', '-n'] : []), process.execPath, SERVERLESS, ...args];
    const result = spawnSync('sh', ['-c', 'exec "$@" 2>&1', 'sh', ...command], {
      cwd: project.dir,
      env: { ...env(), ...extra },
      encoding: 'utf8',
    });
    const stdout = result.stdout ?? '';
    const stderr = result.stderr ?? '';
    return { code: result.status ?? 128, stdout, stderr, output: stdout + stderr };
  };
  /** The printed fix commands, in order: the lines the refusal indents under a fix. */
  const fixCommands = (output: string) =>
    output
      .split('\n')
      .filter((line) => line.startsWith('    ') && !line.startsWith('     '))
      .map((line) => line.trim());
  const expectBlocked = (result: RunResult, title: string) => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`\n✖ stageflow: deploy blocked: ${title}\n`);
    expect(result.output.trimEnd()).toMatch(
      /Emergency only: STAGEFLOW_DEPLOY_OVERRIDE="<reason>" serverless .* goes ahead anyway and prints the reason loudly\.$/,
    );
    expect(result.output).not.toContain(CREDENTIALS_NOT_FOUND);
  };
  const expectReachedAws = (result: RunResult) => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(CREDENTIALS_NOT_FOUND);
    expect(result.output).not.toContain('deploy blocked');
  };

  beforeAll(() => {
    sandbox = new Sandbox();
    project = createProject(sandbox, 'orders');
    // Packaging leaves node_modules out and so skips the framework's two `npm ls` (seconds each).
    const yml = readFileSync(FIXTURE, 'utf8').replace(
      "frameworkVersion: '4'",
      "frameworkVersion: '3'\nplugins:\n  - stageflow/serverless\npackage:\n  excludeDevDependencies: false\n  patterns: ['!node_modules/**', '!.husky/**']",
    );
    writeFileSync(join(project.dir, 'serverless.yml'), yml);
    mkdirSync(join(project.dir, 'src'));
    writeFileSync(join(project.dir, 'src', 'get.js'), 'exports.handler = async () => ({ statusCode: 200 });\n');
    // stageflow as npm installs it: its package.json (the exports map) and the dist/ this test run built.
    const installed = join(project.dir, 'node_modules', 'stageflow');
    mkdirSync(installed, { recursive: true });
    copyFileSync(join(PACKAGE_ROOT, 'package.json'), join(installed, 'package.json'));
    symlinkSync(dirname(CLI), join(installed, 'dist'));
    bootstrap(sandbox, project, { stage: 'login' });
    // The framework compiles its config schema on the first run in a HOME (10 s and more on a busy
    // machine) and keeps the result in ~/.serverless/artifacts: that cache outlives the sandbox.
    const artifacts = join(PACKAGE_ROOT, 'node_modules', '.cache', 'stageflow-osls-artifacts');
    mkdirSync(artifacts, { recursive: true });
    mkdirSync(join(sandbox.env.HOME ?? '', '.serverless'), { recursive: true });
    symlinkSync(artifacts, join(sandbox.env.HOME ?? '', '.serverless', 'artifacts'));
  });
  afterAll(() => sandbox.cleanup());

  it('blocks deploying another stage before any AWS call; the printed commands deploy it; package is never blocked', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', 'stage/login');
    const blocked = serverless(['deploy', '--stage', 'prod']);
    expectBlocked(blocked, 'stage/login deploys to stage "login", not "prod"');
    const [switchBranch, again] = fixCommands(blocked.output);
    expect([switchBranch, again]).toEqual(['git switch main', 'serverless deploy --stage prod']);
    expect(serverless(['package', '--stage', 'prod'])).toMatchObject({
      code: 0,
      output: expect.stringContaining('Service packaged'),
    });
    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    expectReachedAws(serverless(['deploy', '--stage', 'prod']));
  });

  it('blocks deploy function of another stage, and uncommitted tracked files', () => {
    const fn = serverless(['deploy', 'function', '--function', 'digest', '--stage', 'login']);
    expectBlocked(fn, 'main deploys to stage "prod", not "login"');
    expect(fn.output).toContain('    serverless deploy function --function digest --stage login\n');
    sandbox.gitOk(project.dir, 'switch', '-q', 'stage/login');
    appendFileSync(join(project.dir, 'src', 'get.js'), '// not reviewed\n');
    const dirty = serverless(['deploy', '--stage', 'login']);
    expectBlocked(dirty, '1 tracked file has uncommitted changes');
    expect(dirty.output).toContain('    src/get.js\n');
    expect(fixCommands(dirty.output)).toEqual(['git stash push', 'serverless deploy --stage login', 'git stash pop']);
  });

  it('blocks HEAD that is not the remote tip; the override goes ahead, loudly', () => {
    sandbox.gitOk(project.dir, 'commit', '-q', '--no-verify', '-am', 'Change the handler without review');
    expectBlocked(
      serverless(['deploy', '--stage', 'login']),
      "HEAD is not origin/stage/login's tip (1 commit not on origin)",
    );
    const forced = serverless(['deploy', '--stage', 'login'], {
      STAGEFLOW_DEPLOY_OVERRIDE: 'INC-42: hotfix while GitHub is down',
    });
    expectReachedAws(forced);
    expect(forced.output).toContain(
      '! stageflow: DEPLOY OVERRIDE: deploy of stage "login" goes ahead although stageflow would block it:\n',
    );
    expect(forced.output).toContain(`    - HEAD is not origin/stage/login's tip (1 commit not on origin)\n`);
    expect(forced.output).toContain('Reason given in STAGEFLOW_DEPLOY_OVERRIDE: "INC-42: hotfix while GitHub is down"');
  });

  it('in CI on a detached checkout of the stage tip, takes the branch from the CI variables and deploys', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', '--detach', 'origin/stage/login');
    expectReachedAws(
      serverless(['deploy', '--stage', 'login'], {
        GITHUB_ACTIONS: 'true',
        GITHUB_REF_TYPE: 'branch',
        GITHUB_REF_NAME: 'stage/login',
      }),
    );
  });

  it('removes a stage only once its branch is gone from the remote', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    const blocked = serverless(['remove', '--stage', 'login']);
    expectBlocked(blocked, 'main deploys to stage "prod", not "login"');
    // The printed route: the git host deletes the merged stage's branch (the hooks refuse it here), then prune and remove.
    const [, , prune = '', again = ''] = fixCommands(blocked.output);
    expect([prune, again]).toEqual(['git fetch --prune origin', 'serverless remove --stage login']);
    sandbox.gitOk(project.remote, 'branch', '-D', 'stage/login');
    sandbox.gitOk(project.dir, ...prune.split(' ').slice(1));
    expectReachedAws(serverless(again.split(' ').slice(1)));
  });

  it('blocks a deploy whose function or role names AWS would refuse, from the names the framework resolved', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'stage/spring-sale-campaign', 'main');
    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', '-u', 'origin', 'stage/spring-sale-campaign');
    const long = serverless(['deploy', '--stage', 'spring-sale-campaign']);
    expectBlocked(long, '3 names on stage "spring-sale-campaign" would be longer than the 64 characters AWS allows');
    expect(long.output).toContain(
      '  IAM role: customer-notification-preferences-spring-sale-campaign-eu-west-1-lambdaRole (75 characters)\n',
    );
    expect(long.output).toContain(
      '  Either use a stage name of at most 9 characters (a new stage/<stage-name> branch), or set a shorter name: for the function, or provider.iam.role.name for the role, in serverless.yml.',
    );
  });
});

describe('the serverless plugin bundle', () => {
  it('is a bundle of its own: the hooks never load it', () => {
    const dist = dirname(CLI);
    expect(readFileSync(join(dist, 'serverless.js'), 'utf8')).toContain('deploy blocked');
    for (const bundle of ['hooks.js', 'main.js', 'cli.js'])
      expect(readFileSync(join(dist, bundle), 'utf8')).not.toContain('deploy blocked');
    expect(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).exports['./serverless']).toBe(
      './dist/serverless.js',
    );
  });
});
