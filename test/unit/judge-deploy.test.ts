import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { type DeployFacts, judgeDeploy } from '../../src/core/deploy/judge-deploy.js';

const config = defaultConfig();
const personal = { ...config, deploy: { personalStages: true } };
const ready: DeployFacts = {
  command: 'deploy',
  stage: 'login',
  branch: 'stage/login',
  changedFiles: [],
  remoteTip: { kind: 'same' },
  stageBranchOnRemote: true,
  override: undefined,
};
const kinds = (facts: Partial<DeployFacts>, cfg = config) => {
  const verdict = judgeDeploy({ ...ready, ...facts }, cfg);
  return verdict.ok ? 'ok' : verdict.problems.map((problem) => problem.kind).join(',');
};

describe('judgeDeploy', () => {
  it.each<[string, Partial<DeployFacts>, string]>([
    ['a stage branch deploys its stage', {}, 'ok'],
    ['main deploys the live stage', { branch: 'main', stage: 'prod' }, 'ok'],
    ['main does not deploy a stage', { branch: 'main' }, 'other-stage'],
    ['a stage branch does not deploy another stage', { stage: 'orders' }, 'other-stage'],
    ['a stage branch does not deploy the live stage', { stage: 'prod' }, 'other-stage'],
    [
      'a work branch does not deploy, personal stages off',
      { branch: 'work/jane/login-form', stage: 'jane' },
      'personal-stages-off',
    ],
    ['a bot branch does not deploy', { branch: 'renovate/zod' }, 'not-a-deploy-branch'],
    ['a detached HEAD with no CI branch does not deploy', { branch: undefined }, 'no-branch'],
    ['a stage that still holds a variable is not guessed', { stage: undefined }, 'unknown-stage'],
    ['uncommitted tracked files block', { changedFiles: ['src/get.js'] }, 'uncommitted'],
    ['a branch the remote does not have blocks', { remoteTip: { kind: 'missing' } }, 'not-on-remote'],
    ['HEAD ahead of the remote tip blocks', { remoteTip: { kind: 'differs', ahead: 1, behind: 0 } }, 'not-remote-tip'],
    [
      'both problems are reported together',
      { changedFiles: ['a'], remoteTip: { kind: 'differs', ahead: 0, behind: 2 } },
      'uncommitted,not-remote-tip',
    ],
    [
      'deploy function and rollback follow the same rules',
      { command: 'deploy function', branch: 'main' },
      'other-stage',
    ],
    ['package is not judged here; rollback is', { command: 'rollback', changedFiles: ['x'] }, 'uncommitted'],
    [
      'remove of a stage whose branch is gone needs no branch',
      { command: 'remove', branch: 'main', stageBranchOnRemote: false, changedFiles: ['x'] },
      'ok',
    ],
    [
      'remove of a stage whose branch exists follows the branch',
      { command: 'remove', branch: 'main', stageBranchOnRemote: true },
      'other-stage',
    ],
    [
      'remove of the live stage is refused, even from main',
      { command: 'remove', branch: 'main', stage: 'prod' },
      'live-stage-removal',
    ],
  ])('%s', (_name, facts, expected) => {
    expect(kinds(facts)).toBe(expected);
  });

  it.each<[string, Partial<DeployFacts>, string]>([
    [
      'a work branch deploys its engineer stage, committed, unpushed',
      { branch: 'work/jane/login-form', stage: 'jane', stageBranchOnRemote: false, remoteTip: { kind: 'missing' } },
      'ok',
    ],
    ['but only its own', { branch: 'work/jane/login-form', stage: 'joe', stageBranchOnRemote: false }, 'other-stage'],
    [
      'not a stage a stage branch deploys',
      { branch: 'work/jane/login-form', stage: 'jane', stageBranchOnRemote: true },
      'personal-stage-taken',
    ],
    [
      'and committed',
      { branch: 'work/jane/login-form', stage: 'jane', stageBranchOnRemote: false, changedFiles: ['a'] },
      'uncommitted',
    ],
  ])('personal stages on: %s', (_name, facts, expected) => {
    expect(kinds(facts, personal)).toBe(expected);
  });

  it('the override keeps the verdict and carries the reason, for the plugin to print', () => {
    const verdict = judgeDeploy({ ...ready, branch: 'main', override: 'hotfix INC-42' }, config);
    expect(verdict).toMatchObject({
      ok: false,
      override: 'hotfix INC-42',
      problems: [{ kind: 'other-stage', branchStage: 'prod' }],
    });
  });

  it('says which route allowed it', () => {
    expect(judgeDeploy(ready, config)).toMatchObject({
      ok: true,
      route: { kind: 'branch', branch: 'stage/login', personal: false },
    });
    expect(
      judgeDeploy({ ...ready, command: 'remove', branch: 'main', stageBranchOnRemote: false }, config),
    ).toMatchObject({ ok: true, route: { kind: 'branch-gone' } });
  });
});
