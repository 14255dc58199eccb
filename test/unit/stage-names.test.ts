import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { deployStage } from '../../src/core/stage/deploy-stage.js';
import { checkAwsNames, type RoleNaming, type ServerlessFunction } from '../../src/core/stage/long-function-names.js';

describe('deployStage', () => {
  const config = defaultConfig();
  it.each([
    ['main', 'prod'],
    ['stage/login', 'login'],
    ['stage/spring-sale-2', 'spring-sale-2'],
    ['work/jane/login', undefined],
    ['stage/Login', undefined],
    ['feature/x', undefined],
    [undefined, undefined],
  ])('%s → %s', (branch, stage) => {
    const result = deployStage(branch, config);
    expect(result.ok ? result.stage : undefined).toBe(stage);
  });

  it('main follows liveStage', () => {
    expect(deployStage('main', { ...config, liveStage: 'production' })).toMatchObject({
      ok: true,
      stage: 'production',
    });
  });
});

describe('checkAwsNames', () => {
  const service = 'orders-api'; // 10
  const none = { kind: 'none' } as const;
  const longKeys = (stage: string, functions: ServerlessFunction[], role: RoleNaming = none) =>
    checkAwsNames({ service, functions, role }, stage).long.map((fn) => fn.key);
  it.each([
    // a default name of exactly 64 characters fits; 65 does not
    ['x'.repeat(64 - 10 - 2 - 5), 'fetch', []],
    ['x'.repeat(64 - 10 - 2 - 5 + 1), 'fetch', ['fetch']],
  ])('stage of %#', (stage, key, long) => {
    expect(longKeys(stage, [{ key, name: undefined }])).toEqual(long);
  });

  it('resolves stage and service variables in an explicit name, and reports names it cannot resolve', () => {
    const stage = 'a'.repeat(40);
    const functions = [
      { key: 'a', name: '${sls:stage}-handler-with-a-long-name-x' },
      { key: 'b', name: "${opt:stage, 'dev'}-${self:service}-nightly-report" },
      { key: 'c', name: `\${self:custom.prefix}-${'c'.repeat(70)}` },
      { key: 'd', name: 'short' },
    ];
    const check = checkAwsNames({ service, functions, role: none }, stage);
    expect(check.long).toEqual([
      { kind: 'function', key: 'a', name: `${stage}-handler-with-a-long-name-x`, explicit: true },
      { kind: 'function', key: 'b', name: `${stage}-orders-api-nightly-report`, explicit: true },
    ]);
    expect(check.unresolved).toEqual(['functions.c.name']);
    // The stage may grow until a's other 27 characters (-handler-with-a-long-name-x) reach 64.
    expect(check.fitting).toBe(64 - 27);
  });

  it('reports a service name with a variable as unresolved', () => {
    expect(
      checkAwsNames(
        { service: '${env:SERVICE}', functions: [{ key: 'f', name: undefined }], role: none },
        'x'.repeat(60),
      ),
    ).toEqual({ long: [], unresolved: ['service'], fitting: undefined });
  });

  it('counts the default IAM role <service>-<stage>-<region>-lambdaRole, which is often the longest name', () => {
    const role = { kind: 'default', region: 'eu-west-1' } as const;
    // 10 + 1 + stage + 1 + 9 + 1 + 10 = 32 + stage
    expect(longKeys('x'.repeat(32), [{ key: 'f', name: undefined }], role)).toEqual([]);
    expect(longKeys('x'.repeat(33), [{ key: 'f', name: undefined }], role)).toEqual(['iam role']);
    expect(checkAwsNames({ service, functions: [{ key: 'f', name: undefined }], role }, 'dev').fitting).toBe(32);
    expect(longKeys('x'.repeat(40), [], { kind: 'named', name: 'fixed-role-name' })).toEqual([]);
  });

  it('the longest fitting stage is that of the longest default-named function', () => {
    const functions = [
      { key: 'fetch', name: undefined },
      { key: 'somethingLonger', name: undefined },
      { key: 'x', name: 'n' },
    ];
    expect(checkAwsNames({ service, functions, role: none }, 'dev').fitting).toBe(64 - 10 - 2 - 15);
  });
});
