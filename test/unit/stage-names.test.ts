import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { deployStage } from '../../src/core/stage/deploy-stage.js';
import { longestFittingStage, longFunctionNames } from '../../src/core/stage/long-function-names.js';

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
    expect(deployStage('main', { ...config, liveStage: 'production' })).toMatchObject({ ok: true, stage: 'production' });
  });
});

describe('longFunctionNames', () => {
  const service = 'orders-api'; // 10
  it.each([
    // a default name of exactly 64 characters fits; 65 does not
    ['x'.repeat(64 - 10 - 2 - 5), 'fetch', []],
    ['x'.repeat(64 - 10 - 2 - 5 + 1), 'fetch', ['fetch']],
  ])('stage of %#', (stage, key, long) => {
    expect(longFunctionNames(service, stage, [{ key, name: undefined }]).map((fn) => fn.key)).toEqual(long);
  });

  it('resolves stage and service variables in an explicit name, and skips names it cannot resolve', () => {
    const stage = 'a'.repeat(40);
    const functions = [
      { key: 'a', name: '${sls:stage}-handler-with-a-long-name-x' },
      { key: 'b', name: "${opt:stage, 'dev'}-${self:service}-nightly-report" },
      { key: 'c', name: '${self:custom.prefix}-' + 'c'.repeat(70) },
      { key: 'd', name: 'short' },
    ];
    expect(longFunctionNames(service, stage, functions)).toEqual([
      { key: 'a', name: `${stage}-handler-with-a-long-name-x`, explicit: true },
      { key: 'b', name: `${stage}-orders-api-nightly-report`, explicit: true },
    ]);
  });

  it('leaves a service name with a variable alone', () => {
    expect(longFunctionNames('${env:SERVICE}', 'x'.repeat(60), [{ key: 'f', name: undefined }])).toEqual([]);
  });

  it('longestFittingStage counts the longest default-named function', () => {
    expect(longestFittingStage(service, [{ key: 'fetch', name: undefined }, { key: 'somethingLonger', name: undefined }, { key: 'x', name: 'n' }])).toBe(64 - 10 - 2 - 15);
  });
});
