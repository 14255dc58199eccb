import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { CLI, PACKAGE_ROOT, type Project, type Sandbox } from '../helpers/sandbox.js';

const NO_CI = {
  GITHUB_ACTIONS: '',
  GITHUB_REF_NAME: '',
  GITHUB_REF_TYPE: '',
  GITHUB_HEAD_REF: '',
  GITLAB_CI: '',
  CI_COMMIT_BRANCH: '',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: '',
};
const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'serverless', 'serverless.yml');

describe('stageflow stage', () => {
  let sandbox: Sandbox;
  let project: Project;
  const stage = (args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    sandbox.stageflow(project.dir, ['stage', ...args], { env: { ...NO_CI, ...env } });

  beforeEach(() => ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' })));
  afterEach(() => sandbox.cleanup());

  it('main deploys to the live stage, prod by default', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', 'main');
    expect(stage()).toMatchObject({ code: 0, stdout: 'prod\n', stderr: '' });
  });

  it('main deploys to the configured liveStage', () => {
    writeFileSync(join(project.dir, '.stageflowrc.json'), JSON.stringify({ liveStage: 'live' }));
    expect(stage(['main'])).toMatchObject({ code: 0, stdout: 'live\n' });
  });

  it('stage/<name> deploys to <name>, for the current branch or a given one', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', 'stage/login');
    expect(stage()).toMatchObject({ code: 0, stdout: 'login\n', stderr: '' });
    sandbox.gitOk(project.dir, 'branch', 'stage/spring-sale');
    expect(stage(['stage/spring-sale'])).toMatchObject({ code: 0, stdout: 'spring-sale\n' });
  });

  it('a branch that exists nowhere exits 2 with the closest real one, and never prints a stage', () => {
    const result = stage(['stage/logni']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'no deploy stage: there is no branch stage/logni here or on origin; did you mean stage/login?',
    );
    expect(result.stderr).toContain(`serverless deploy --stage "$(npx stageflow stage stage/login)"`);
    expect(stage(['stage/login'])).toMatchObject({ code: 0, stdout: 'login\n' });
    expect(stage(['stage/zzzzzzzzzzzz'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.not.stringContaining('did you mean'),
    });
  });

  it('a work branch does not deploy: it names its stage to deploy instead', () => {
    sandbox.gitOk(project.dir, 'config', 'branch.work/jane-doe/login-form.stageflowstage', 'stage/login');
    const result = stage();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no deploy stage: work/jane-doe/login-form is a work branch');
    expect(result.stderr).toContain('serverless deploy --stage "$(npx stageflow stage stage/login)"');
  });

  it('a work branch start-work did not record: names the stage status infers, each one of a tie, or a labelled example', () => {
    sandbox.gitOk(project.dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');
    const inferred = stage();
    expect(inferred.code).toBe(1);
    expect(inferred.stderr).toContain(
      'Work is deployed with its stage, stage/login (inferred from its history), after a pull request into it.',
    );
    expect(inferred.stderr).toContain('    serverless deploy --stage "$(npx stageflow stage stage/login)"\n');
    expect(inferred.stderr).not.toContain('<stage-name>)');
    expect(sandbox.stageflow(project.dir, ['status']).stdout).toContain(
      'work for stage/login (inferred from the history)',
    );

    sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', 'stage/login:refs/heads/stage/orders');
    sandbox.gitOk(project.dir, 'fetch', '-q', 'origin');
    sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'work/jane-doe/orders-form', 'origin/stage/login');
    const tie = stage();
    expect(tie.stderr).toContain('its history fits stage/login and stage/orders alike.');
    expect(tie.stderr).toContain(
      'Deploy its stage instead, one of:\n    serverless deploy --stage "$(npx stageflow stage stage/login)"\n    serverless deploy --stage "$(npx stageflow stage stage/orders)"\n',
    );

    const none = stage(['work/jane-doe/nowhere']);
    expect(none.stderr).toContain('start-work recorded none for this branch, and its history names none.');
    expect(none.stderr).toContain(
      'Deploy its stage instead; an example, with stage/login standing for the stage this work goes into:\n    serverless deploy --stage "$(npx stageflow stage stage/login)"\n',
    );
  });

  it.each(['feature/login', 'stage/Spring_Sale', 'renovate/zod'])('%s does not deploy', (branch) => {
    const result = stage([branch]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`no deploy stage: ${branch} is not a main or stage/<stage-name> branch`);
  });

  it('a detached HEAD takes the branch from the CI, or says to name it', () => {
    sandbox.gitOk(project.dir, 'switch', '-q', '--detach', 'stage/login');
    const detached = stage();
    expect(detached.code).toBe(1);
    expect(detached.stderr).toContain('no deploy stage: HEAD is detached');
    expect(
      stage([], { GITHUB_ACTIONS: 'true', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'stage/login' }),
    ).toMatchObject({ code: 0, stdout: 'login\n' });
    expect(stage([], { GITLAB_CI: 'true', CI_COMMIT_BRANCH: 'main' })).toMatchObject({ code: 0, stdout: 'prod\n' });
  });

  it('refuses an unknown option or a second branch as a usage error, naming it; --help prints the usage', () => {
    const bogus = stage(['--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('stageflow: stage: unknown option --bogus; stage takes --help');
    expect(bogus.stderr).toContain('Usage: stageflow stage [branch]');
    const two = stage(['main', 'stage/login']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('stageflow: stage: one branch at a time; got 2');
    expect(stage(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: stageflow stage [branch]'),
    });
  });

  describe('with a serverless.yml', () => {
    beforeEach(() => copyFileSync(FIXTURE, join(project.dir, 'serverless.yml')));

    it('is silent when every function name fits', () => {
      expect(stage(['stage/login'])).toMatchObject({ code: 0, stdout: 'login\n', stderr: '' });
    });

    it('warns on stderr when <service>-<stage>-<function> or the IAM role passes 64 characters; stdout is still only the stage', () => {
      sandbox.gitOk(project.dir, 'branch', 'stage/spring-sale-campaign');
      const result = stage(['stage/spring-sale-campaign']);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('spring-sale-campaign\n');
      // 33 + 1 + 20 + 1 + 14 = 69 and 33 + 1 + 20 + 1 + 17 = 72; the explicit name stays short.
      expect(result.stderr).toContain('3 names in serverless.yml would be longer');
      expect(result.stderr).toContain('longer than the 64 characters AWS allows');
      expect(result.stderr).toContain(
        'getPreferences: customer-notification-preferences-spring-sale-campaign-getPreferences (69 characters)',
      );
      expect(result.stderr).toContain(
        'updatePreferences: customer-notification-preferences-spring-sale-campaign-updatePreferences (72 characters)',
      );
      // 33 + 1 + 20 + 1 + 9 (eu-west-1) + 1 + 10
      expect(result.stderr).toContain(
        'IAM role: customer-notification-preferences-spring-sale-campaign-eu-west-1-lambdaRole (75 characters)',
      );
      expect(result.stderr).not.toContain('digest:');
      // 64 - 33 - 9 - 13: the role is longer than any function (64 - 33 - 2 - 17 = 12 fits updatePreferences).
      expect(result.stderr).toContain(
        'Either use a stage name of at most 9 characters (a new stage/<stage-name> branch), or set a shorter name: for the function, or provider.iam.role.name for the role, in serverless.yml.',
      );
      sandbox.gitOk(project.dir, 'branch', 'stage/checkouts');
      expect(stage(['stage/checkouts'])).toMatchObject({ code: 0, stdout: 'checkouts\n', stderr: '' });
    });

    it('on main, the advice is a shorter liveStage, never a new stage branch', () => {
      writeFileSync(join(project.dir, '.stageflowrc.json'), JSON.stringify({ liveStage: 'spring-sale-campaign' }));
      const result = stage(['main']);
      expect(result.stdout).toBe('spring-sale-campaign\n');
      expect(result.stderr).toContain(
        'Either set liveStage in the stageflow config to a name of at most 9 characters, or set a shorter name: for the function, or provider.iam.role.name for the role, in serverless.yml.',
      );
      expect(result.stderr).not.toContain('stage/<stage-name>');
    });

    it('when only explicit names are too long, it advises a shorter name:, never a stage past the stage limit', () => {
      const long = 'a-function-name-written-out-in-full-that-passes-the-limit-of-aws';
      writeFileSync(
        join(project.dir, 'serverless.yml'),
        `service: api\nfunctions:\n  run:\n    handler: h.run\n    name: \${sls:stage}-${long}\n`,
      );
      const result = stage(['stage/login']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`run: login-${long} (${'login-'.length + long.length} characters)`);
      expect(result.stderr).toContain('Set a shorter name: for the function in serverless.yml.');
      expect(result.stderr).not.toContain('at most');
    });

    it('says what it cannot resolve without the framework, and points to the plugin', () => {
      const yml = readFileSync(FIXTURE, 'utf8').replace(
        'name: ${sls:stage}-prefs-digest',
        'name: ${self:custom.prefix}-digest',
      );
      writeFileSync(join(project.dir, 'serverless.yml'), yml);
      const variable = stage(['stage/login']);
      expect(variable).toMatchObject({ code: 0, stdout: 'login\n' });
      expect(variable.stderr).toContain(
        'could not check every AWS name length in serverless.yml: it uses a variable in functions.digest.name, which only the Serverless Framework resolves.',
      );
      expect(variable.stderr).toContain('      - stageflow/serverless\n');
      rmSync(join(project.dir, 'serverless.yml'));
      writeFileSync(join(project.dir, 'serverless.ts'), 'export default { service: "orders" };\n');
      expect(stage(['stage/login']).stderr).toContain(
        'it uses serverless.ts (code or JSON, not serverless.yml), which only the Serverless Framework resolves',
      );
    });

    it('feeds serverless deploy --stage "$(stageflow stage)" in a shell', () => {
      const bin = sandbox.path('bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'serverless'), '#!/bin/sh\nprintf "serverless %s\\n" "$*"\n');
      writeFileSync(join(bin, 'stageflow'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
      chmodSync(join(bin, 'serverless'), 0o755);
      chmodSync(join(bin, 'stageflow'), 0o755);
      sandbox.gitOk(project.dir, 'switch', '-q', 'stage/login');
      const deployed = sandbox.run('sh', ['-c', 'serverless deploy --stage "$(stageflow stage)"'], {
        cwd: project.dir,
        env: { ...NO_CI, PATH: `${bin}:${process.env.PATH ?? ''}` },
      });
      expect(deployed).toMatchObject({ code: 0, stdout: 'serverless deploy --stage login\n' });
    });
  });
});
