import { describe, expect, it } from 'vitest';
import { checkHookArguments } from '../../src/core/doctor/check-hook-arguments.js';
import { diagnose } from '../../src/core/doctor/diagnose.js';
import type { DoctorFacts, HookState } from '../../src/core/doctor/facts.js';
import { HOOK_NAMES } from '../../src/core/init/layout.js';

const _GIT_INPUT: Partial<Record<HookState['hook'], string>> = { 'commit-msg': ' "$1"', 'pre-push': ' "$@"' };

function hook(name: HookState['hook'], dir = '.husky', overrides: Partial<HookState> = {}): HookState {
  return {
    hook: name,
    // stageflow's runner; the one of pre-commit starts no stageflow.
    runner: {
      path: `.git/hooks/${name}`,
      exists: true,
      executable: true,
      stageflow: true,
      cli: name === 'pre-commit' ? undefined : { path: 'node_modules/.bin/stageflow', found: true },
    },
    // No team file: the runner checks without one.
    script: { path: `${dir}/${name}`, exists: false, executable: false, text: undefined },
    ...overrides,
  };
}

function healthy(overrides: Partial<DoctorFacts> = {}): DoctorFacts {
  return {
    cwd: '/repo',
    topLevel: '/repo',
    packagePath: '',
    prepare: 'stageflow install-hooks',
    huskyInstalled: true,
    listedPackages: ['husky', 'stageflow'],
    runnerDir: '.git/hooks',
    hooksPath: undefined,
    hooks: HOOK_NAMES.map((name) => hook(name)),
    configProblem: undefined,
    huskyEnv: undefined,
    initSh: { path: '/home/j/.config/husky/init.sh', exists: false, disablesHusky: false },
    nodeFromVersionManager: false,
    gitHooks: { dir: '.git/hooks', names: [] },
    ...overrides,
  };
}

/** stageflow's runners in `dir`, whose stageflow script is gone (node_modules missing). */
const withoutCli = (dir = '.git/hooks') =>
  HOOK_NAMES.map((name) =>
    hook(name, '.husky', {
      runner: {
        path: `${dir}/${name}`,
        exists: true,
        executable: true,
        stageflow: true,
        cli: name === 'pre-commit' ? undefined : { path: 'node_modules/.bin/stageflow', found: false },
      },
    }),
  );
const kinds = (facts: DoctorFacts) => diagnose(facts).findings.map((finding) => finding.kind);
const withHook = (name: HookState['hook'], overrides: Partial<HookState>) =>
  HOOK_NAMES.map((each) => (each === name ? hook(each, '.husky', overrides) : hook(each)));

describe('diagnose', () => {
  it('finds nothing wrong in a healthy setup, at the root or in a package below it', () => {
    expect(kinds(healthy())).toEqual([]);
    expect(
      kinds(
        healthy({
          packagePath: 'frontend',
          hooks: HOOK_NAMES.map((name) => hook(name, 'frontend/.husky')),
        }),
      ),
    ).toEqual([]);
    // In a linked worktree git's folder is outside the working tree, and shown whole.
    expect(kinds(healthy({ topLevel: '/repo-login', runnerDir: '/repo/.git/hooks' }))).toEqual([]);
  });

  it.each<[string, Partial<DoctorFacts>, string[]]>([
    ['outside a repository', { topLevel: undefined }, ['not-a-repository']],
    ['without package.json', { packagePath: undefined }, ['no-package-json']],
    ['core.hooksPath elsewhere', { hooksPath: '.githooks' }, ['hooks-path-elsewhere']],
    [
      "core.hooksPath at husky's folder of stubs: that finding alone, not one per stub",
      {
        hooksPath: '.husky/_',
        hooks: HOOK_NAMES.map((name) =>
          hook(name, '.husky', {
            runner: { path: `.husky/_/${name}`, exists: true, executable: true, stageflow: false, cli: undefined },
          }),
        ),
      },
      ['hooks-path-elsewhere'],
    ],
    [
      'runner missing',
      {
        hooks: withHook('pre-push', {
          runner: { path: '.git/hooks/pre-push', exists: false, executable: false, stageflow: false, cli: undefined },
        }),
      },
      ['runner-missing'],
    ],
    [
      'runner not executable',
      {
        hooks: withHook('pre-commit', {
          runner: { path: '.git/hooks/pre-commit', exists: true, executable: false, stageflow: true, cli: undefined },
        }),
      },
      ['runner-not-executable'],
    ],
    [
      "husky's stub where stageflow's runner belongs",
      {
        hooks: withHook('commit-msg', {
          runner: { path: '.git/hooks/commit-msg', exists: true, executable: true, stageflow: false, cli: undefined },
        }),
      },
      ['runner-not-stageflow'],
    ],
    [
      'a team file of its own, without stageflow: fine',
      {
        hooks: withHook('pre-commit', {
          script: { path: '.husky/pre-commit', exists: true, executable: true, text: 'npx lint-staged\n' },
        }),
      },
      [],
    ],
    [
      "under husky's stub, a pre-push file that reads the ref lines before stageflow",
      {
        hooks: withHook('pre-push', {
          runner: { path: '.git/hooks/pre-push', exists: true, executable: true, stageflow: false, cli: undefined },
          script: {
            path: '.husky/pre-push',
            exists: true,
            executable: true,
            text: 'git lfs pre-push "$@"\nstageflow hook pre-push "$@"\n',
          },
        }),
      },
      ['runner-not-stageflow', 'pre-push-starved'],
    ],
    [
      "under stageflow's runner, the same pre-push file: stageflow gets its own copy",
      {
        hooks: withHook('pre-push', {
          script: {
            path: '.husky/pre-push',
            exists: true,
            executable: true,
            text: 'git lfs pre-push "$@"\nstageflow hook pre-push "$@"\n',
          },
        }),
      },
      [],
    ],
    ['binary missing', { hooks: withoutCli() }, ['binary-missing']],
    ['invalid config', { configProblem: 'stageflow: the config in x is invalid' }, ['config-invalid']],
    ['HUSKY=0 in the environment', { huskyEnv: '0' }, ['husky-disabled-env']],
    [
      'HUSKY=0 in init.sh',
      { initSh: { path: '/h/init.sh', exists: true, disablesHusky: true } },
      ['husky-disabled-init'],
    ],
  ])('reports %s', (_, overrides, expected) => {
    expect(kinds(healthy(overrides))).toEqual(expected);
  });

  it('names every hook whose command is missing in one finding', () => {
    const facts = healthy({ hooks: withoutCli() });
    expect(diagnose(facts).findings).toEqual([
      {
        kind: 'binary-missing',
        hooks: ['pre-merge-commit', 'commit-msg', 'pre-push'],
        command: 'node_modules/.bin/stageflow',
        packagePath: '',
        listed: true,
      },
    ]);
    expect(diagnose({ ...facts, listedPackages: ['husky'] }).findings).toMatchObject([
      { kind: 'binary-missing', listed: false },
    ]);
  });

  it('names every missing runner in one finding (the installer writes them all at once)', () => {
    const facts = healthy({
      hooks: HOOK_NAMES.map((name) =>
        hook(name, '.husky', {
          runner: { path: `.git/hooks/${name}`, exists: false, executable: false, stageflow: false, cli: undefined },
        }),
      ),
    });
    expect(diagnose(facts).findings).toEqual([
      {
        kind: 'runner-missing',
        hooks: [...HOOK_NAMES],
        paths: HOOK_NAMES.map((name) => `.git/hooks/${name}`),
        turnOn: 'prepare',
      },
    ]);
  });

  it.each<[string, Partial<DoctorFacts>, string]>([
    ['husky installed and prepare installs the hooks', {}, 'prepare'],
    ['prepare does not install the hooks', { prepare: 'npm run build' }, 'init'],
    ['prepare is the husky call of an older init', { prepare: 'husky' }, 'init'],
    ['husky listed but not installed', { huskyInstalled: false }, 'install'],
    [
      'husky neither listed nor installed (npm run prepare would fail: husky: not found)',
      { huskyInstalled: false, listedPackages: ['stageflow'] },
      'install-husky',
    ],
  ])('turns the hooks on by the right step when %s', (_, overrides, turnOn) => {
    expect(diagnose(healthy({ hooksPath: '.husky/_', ...overrides })).findings).toEqual([
      { kind: 'hooks-path-elsewhere', actual: '.husky/_', expected: '.git/hooks', turnOn },
    ]);
  });

  it('warns, without a failure, about executable hooks left in .git/hooks', () => {
    const diagnosis = diagnose(healthy({ gitHooks: { dir: '.git/hooks', names: ['post-checkout', 'pre-commit'] } }));
    expect(diagnosis.findings).toEqual([]);
    expect(diagnosis.advice).toEqual([
      { kind: 'git-hooks-off', dir: '.git/hooks', names: ['post-checkout', 'pre-commit'], huskyDir: '.husky' },
    ]);
  });

  it('in a linked worktree before npm install (git runs the shared runner; node_modules is missing): one finding for the binary, fixed by npm install', () => {
    const facts = healthy({
      topLevel: '/repo-login',
      runnerDir: '/repo/.git/hooks',
      hooks: withoutCli('/repo/.git/hooks'),
    });
    expect(diagnose(facts).findings).toEqual([
      {
        kind: 'binary-missing',
        hooks: ['pre-merge-commit', 'commit-msg', 'pre-push'],
        command: 'node_modules/.bin/stageflow',
        packagePath: '',
        listed: true,
      },
    ]);
  });

  it('advises removing a stageflow line an older init left in .husky/<hook>, under the runner', () => {
    const diagnosis = diagnose(
      healthy({
        hooks: withHook('pre-commit', {
          script: {
            path: '.husky/pre-commit',
            exists: true,
            executable: true,
            text: 'npx lint-staged\nstageflow hook pre-commit\n',
          },
        }),
      }),
    );
    expect(diagnosis.findings).toEqual([]);
    expect(diagnosis.advice).toEqual([
      { kind: 'leftover-line', path: '.husky/pre-commit', line: 'stageflow hook pre-commit' },
    ]);
  });

  it('says whether the prepare script installs the hooks, which decides the fix', () => {
    expect(diagnose(healthy({ hooksPath: '.githooks', prepare: 'npm run build' })).findings).toEqual([
      { kind: 'hooks-path-elsewhere', actual: '.githooks', expected: '.git/hooks', turnOn: 'init' },
    ]);
  });

  it('advises about GUI clients only when node comes from a version manager and init.sh is missing', () => {
    expect(diagnose(healthy({ nodeFromVersionManager: true })).advice).toEqual([
      { kind: 'gui-clients', initSh: '/home/j/.config/husky/init.sh' },
    ]);
    expect(
      diagnose(healthy({ nodeFromVersionManager: true, initSh: { path: '/x', exists: true, disablesHusky: false } }))
        .advice,
    ).toEqual([]);
    expect(diagnose(healthy()).advice).toEqual([]);
  });
});

describe('checkHookArguments: each stageflow line passes on what git gives its hook', () => {
  const lost = (hook: HookState['hook'], text: string) =>
    checkHookArguments([{ hook, script: { path: `.husky/${hook}`, text } }]).map((finding) =>
      finding.kind === 'hook-line-input' ? [finding.lost, finding.fixed] : [],
    );
  it.each<[HookState['hook'], string, string[][]]>([
    ['commit-msg', 'stageflow hook commit-msg "$1"\n', []],
    ['commit-msg', 'frontend/node_modules/.bin/stageflow hook commit-msg --project frontend "${1}"\n', []],
    [
      'commit-msg',
      'npx lint-staged\nnpx stageflow hook commit-msg\n',
      [['message-file', 'npx stageflow hook commit-msg "$1"']],
    ],
    ['commit-msg', '# stageflow hook commit-msg\n', []],
    ['pre-push', 'stageflow hook pre-push "$1" "$2"\n', []],
    [
      'pre-push',
      'stageflow hook pre-push --project app\n',
      [['remote-arguments', 'stageflow hook pre-push --project app "$@"']],
    ],
    ['pre-push', 'stageflow hook pre-push "$@" </dev/null\n', [['stdin', 'stageflow hook pre-push "$@"']]],
    ['pre-commit', 'stageflow hook pre-commit\n', []],
  ])('%s: %j', (hook, text, expected) => {
    expect(lost(hook, text)).toEqual(expected);
  });
});
