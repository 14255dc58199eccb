import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { judgeRoute } from '../../src/core/route/judge-route.js';

const branches = defaultConfig().branches;

describe('judgeRoute: the pull request routes of the strategy', () => {
  it.each([
    // head, base, allowed, why
    ['work/jane-doe/login-form', 'stage/login', true, 'work-into-stage'],
    ['work/jane-doe/login-form', 'work/sam-lee/login-api', true, 'work-into-work'],
    ['stage/login', 'main', true, 'stage-into-main'],
    ['work/jane-doe/login-form', 'main', false, 'work-into-main'],
    ['stage/login', 'stage/orders', false, 'stage-into-stage'],
    ['stage/login', 'work/jane-doe/login-form', false, 'stage-into-work'],
    ['main', 'stage/login', false, 'main-into-stage'],
    ['main', 'work/jane-doe/login-form', false, 'main-into-work'],
    ['feature/login', 'stage/login', false, 'head-invalid'],
    ['work/jane-doe/login-form', 'develop', false, 'base-invalid'],
    ['stage/Login', 'main', false, 'head-invalid'],
    ['work/jane-doe/login-form', 'work/jane-doe/login-form', false, 'same-branch'],
    ['main', 'main', false, 'same-branch'],
  ] as const)('%s → %s: allowed %s (%s)', (head, base, allowed, why) => {
    expect(judgeRoute(head, base, branches)).toMatchObject({ allowed, why });
  });

  it('allows main → stage only where sync.mainIntoStage routes main by a pull request', () => {
    expect(judgeRoute('main', 'stage/login', branches, { mainIntoStage: true })).toMatchObject({
      allowed: true,
      why: 'main-into-stage',
    });
    expect(judgeRoute('main', 'work/jane-doe/login-form', branches, { mainIntoStage: true })).toMatchObject({
      allowed: false,
      why: 'main-into-work',
    });
  });

  it('treats names that config allows (bots) as outside every route', () => {
    const withBots = { ...branches, allowed: ['renovate/**'] };
    expect(judgeRoute('renovate/zod-4.x', 'main', withBots)).toMatchObject({ allowed: false, why: 'not-a-route' });
    expect(judgeRoute('renovate/zod-4.x', 'stage/login', withBots)).toMatchObject({
      allowed: false,
      why: 'not-a-route',
    });
  });

  it('follows configured prefixes and main', () => {
    const custom = { ...branches, main: 'master', stagePrefix: 'env/', workPrefix: 'dev/' };
    expect(judgeRoute('dev/jane/login', 'env/login', custom)).toMatchObject({ allowed: true, why: 'work-into-stage' });
    expect(judgeRoute('env/login', 'master', custom)).toMatchObject({ allowed: true, why: 'stage-into-main' });
    expect(judgeRoute('dev/jane/login', 'master', custom)).toMatchObject({ allowed: false, why: 'work-into-main' });
  });
});
