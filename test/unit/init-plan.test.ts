import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { fileDependencies } from '../../src/core/init/file-dependencies.js';
import { layoutFor } from '../../src/core/init/layout.js';
import { planGitignore } from '../../src/core/init/plan-gitignore.js';
import { planHookFile } from '../../src/core/init/plan-hook-file.js';
import { type InitFacts, planChangesSomething, planInit } from '../../src/core/init/plan-init.js';
import { planPackageJson } from '../../src/core/init/plan-package-json.js';
import { type DefaultBranchPlace, defaultBranchPlace } from '../../src/core/init/remote-default-branch.js';
import { setupRoute } from '../../src/core/init/setup-route.js';

const root = layoutFor('');
const frontend = layoutFor('frontend');

describe('layoutFor', () => {
  it.each([
    ['', '.husky', 'husky'],
    ['frontend', 'frontend/.husky', 'cd .. && husky frontend/.husky'],
    ['packages/web', 'packages/web/.husky', 'cd ../.. && husky packages/web/.husky'],
    ['my app', 'my app/.husky', "cd .. && husky 'my app/.husky'"],
  ])('places a package at "%s"', (path, huskyDir, legacy) => {
    expect(layoutFor(path)).toEqual({
      packagePath: path,
      huskyDir,
      prepareCommand: 'stageflow install-hooks',
      legacyPrepareCommand: legacy,
    });
  });
});

describe('planPackageJson', () => {
  const plan = (json: object, layout = root) => planPackageJson(`${JSON.stringify(json, null, 2)}\n`, layout);

  it.each([
    [{}, 'stageflow install-hooks'],
    [{ prepare: '' }, 'stageflow install-hooks'],
    [{ prepare: 'npm run build' }, 'stageflow install-hooks && npm run build'],
    [{ prepare: 'husky' }, 'stageflow install-hooks'],
    [{ prepare: 'husky && npm run build' }, 'stageflow install-hooks && npm run build'],
    [{ prepare: 'node scripts/build.mjs && husky' }, 'node scripts/build.mjs && stageflow install-hooks'],
    [{ prepare: 'stageflow install-hooks && npm run build' }, 'stageflow install-hooks && npm run build'],
  ])('sets prepare from %j to %s (the husky call of an older init is replaced)', (scripts, expected) => {
    const result = plan({ name: 'a', scripts });
    expect(JSON.parse(result.content).scripts.prepare).toBe(expected);
  });

  it('replaces the monorepo form an older init wrote below the git root', () => {
    expect(JSON.parse(plan({ name: 'a' }, frontend).content).scripts.prepare).toBe('stageflow install-hooks');
    expect(
      JSON.parse(plan({ scripts: { prepare: 'cd .. && husky frontend/.husky' } }, frontend).content).scripts.prepare,
    ).toBe('stageflow install-hooks');
  });

  it('leaves a husky call of another form alone and says what it expected', () => {
    const result = plan({ scripts: { prepare: 'husky || true', 'start-work': 'stageflow start-work' } }, frontend);
    expect(result.changes).toEqual([
      { kind: 'keep-prepare', prepare: 'husky || true', expected: 'stageflow install-hooks' },
    ]);
  });

  it('adds start-work once and keeps a start-work of the user', () => {
    expect(JSON.parse(plan({}).content).scripts['start-work']).toBe('stageflow start-work');
    expect(JSON.parse(plan({ scripts: { 'start-work': 'custom' } }).content).scripts['start-work']).toBe('custom');
  });

  it.each([
    [{}, ['husky', 'stageflow']],
    [{ devDependencies: { husky: '^9' } }, ['stageflow']],
    [{ dependencies: { stageflow: '^1' }, devDependencies: { husky: '^9' } }, []],
  ])('lists the missing packages of %j', (json, missing) => {
    expect(plan(json).missingPackages).toEqual(missing);
  });

  it('returns the text byte for byte when nothing changes', () => {
    const text = '{"scripts":{"prepare":"stageflow install-hooks","start-work":"stageflow start-work"}}';
    expect(planPackageJson(text, root)).toEqual({
      content: text,
      changes: [],
      missingPackages: ['husky', 'stageflow'],
    });
  });

  it('keeps tab indentation and the order of keys', () => {
    const result = planPackageJson('{\n\t"name": "a",\n\t"version": "1.0.0"\n}\n', root);
    expect(result.content).toBe(
      '{\n\t"name": "a",\n\t"version": "1.0.0",\n\t"scripts": {\n\t\t"prepare": "stageflow install-hooks",\n\t\t"start-work": "stageflow start-work"\n\t}\n}\n',
    );
  });
});

const COMMENT =
  "# stageflow's runner in .git/hooks checks this hook; the next line checks only where git runs husky's own stubs instead.";

describe('planHookFile', () => {
  const FALLBACK_COMMIT_MSG = '[ "${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook commit-msg "$1"';
  const FALLBACK_PRE_PUSH = '[ "${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook pre-push "$@"';
  it("leaves a missing pre-commit missing: stageflow's pre-commit checks nothing", () => {
    expect(planHookFile(undefined, 'pre-commit', root)).toEqual({ content: undefined, change: { kind: 'unchanged' } });
  });

  it("creates the checked hooks' files with the fallback line, which runs stageflow only outside its runner", () => {
    const plan = planHookFile(undefined, 'commit-msg', root);
    expect(plan).toEqual({
      content: `${COMMENT}\n${FALLBACK_COMMIT_MSG}\n`,
      change: { kind: 'add-fallback', line: FALLBACK_COMMIT_MSG, created: true },
    });
    expect(planHookFile(plan.content, 'commit-msg', root).change).toEqual({ kind: 'unchanged' });
    expect(planHookFile(undefined, 'pre-merge-commit', frontend).content).toContain(
      '|| frontend/node_modules/.bin/stageflow hook pre-merge-commit --project frontend\n',
    );
  });

  it.each([['npx lint-staged\n'], ['']])("leaves the team's own pre-commit lines %j as they are", (existing) => {
    expect(planHookFile(existing, 'pre-commit', root)).toEqual({ content: existing, change: { kind: 'unchanged' } });
  });

  it("adds the fallback line after the team's own lines, which stay", () => {
    expect(planHookFile('git lfs pre-push "$@"', 'pre-push', root)).toEqual({
      content: `git lfs pre-push "$@"\n${COMMENT}\n${FALLBACK_PRE_PUSH}\n`,
      change: { kind: 'add-fallback', line: FALLBACK_PRE_PUSH, created: false },
    });
  });

  it('turns the stageflow line an older init wrote into the fallback line, in its place', () => {
    const plan = planHookFile('git lfs pre-push "$@"\nstageflow hook pre-push "$@"\nnpm run lint\n', 'pre-push', root);
    expect(plan).toEqual({
      content: `git lfs pre-push "$@"\n${COMMENT}\n${FALLBACK_PRE_PUSH}\nnpm run lint\n`,
      change: { kind: 'guard-lines', lines: ['stageflow hook pre-push "$@"'], line: FALLBACK_PRE_PUSH },
    });
    expect(planHookFile(plan.content, 'pre-push', root).change).toEqual({ kind: 'unchanged' });
  });

  it.each([
    [
      'npm test\nnpx stageflow hook pre-commit\nnpx lint-staged\n',
      'npm test\nnpx lint-staged\n',
      'npx stageflow hook pre-commit',
    ],
    [
      "npx lint-staged\n'my app/node_modules/.bin/stageflow' hook pre-commit --project 'my app'\n",
      'npx lint-staged\n',
      "'my app/node_modules/.bin/stageflow' hook pre-commit --project 'my app'",
    ],
  ])('removes the pre-commit line an older init wrote into %j, keeping the rest', (existing, content, line) => {
    const first = planHookFile(existing, 'pre-commit', root);
    expect(first).toEqual({ content, change: { kind: 'remove-lines', lines: [line] } });
    expect(planHookFile(first.content, 'pre-commit', root).change).toEqual({ kind: 'unchanged' });
  });

  it("deletes a pre-commit file that held nothing but stageflow's line and comments", () => {
    expect(
      planHookFile('#!/bin/sh\n# Installed by stageflow init\nstageflow hook pre-commit\n', 'pre-commit', root),
    ).toEqual({
      content: undefined,
      change: { kind: 'delete', lines: ['stageflow hook pre-commit'] },
    });
  });
});

describe('planInit', () => {
  const facts = (overrides: Partial<InitFacts> = {}): InitFacts => ({
    layout: root,
    packageJson: '{}',
    hookFiles: {
      'pre-commit': undefined,
      'pre-merge-commit': undefined,
      'commit-msg': undefined,
      'pre-push': undefined,
    },
    active: false,
    gitignore: 'node_modules/\n',
    ...overrides,
  });

  it('plans package.json, the fallback files of the checked hooks, and the activation for a fresh project', () => {
    const plan = planInit(facts());
    expect(plan.writes.map((write) => [write.path, write.executable])).toEqual([
      ['package.json', false],
      ['.husky/pre-merge-commit', true],
      ['.husky/commit-msg', true],
      ['.husky/pre-push', true],
    ]);
    expect(plan.activate).toBe(true);
    expect(planChangesSomething(plan)).toBe(true);
  });

  it('plans nothing once everything is in place', () => {
    const first = planInit(facts());
    const files = Object.fromEntries(first.writes.map((write) => [write.path, write.content]));
    const second = planInit(
      facts({
        packageJson: files['package.json'],
        hookFiles: {
          'pre-commit': undefined,
          'pre-merge-commit': files['.husky/pre-merge-commit'],
          'commit-msg': files['.husky/commit-msg'],
          'pre-push': files['.husky/pre-push'],
        },
        active: true,
      }),
    );
    expect(second.writes).toEqual([]);
    expect(planChangesSomething(second)).toBe(false);
  });

  it('migrates an older setup in place: prepare, the stageflow lines of .husky/, the runner', () => {
    const plan = planInit(
      facts({
        packageJson: '{"scripts":{"prepare":"husky","start-work":"stageflow start-work"}}',
        hookFiles: {
          'pre-commit': '#!/bin/sh\nnpx lint-staged\nstageflow hook pre-commit\n',
          'pre-merge-commit': 'stageflow hook pre-merge-commit\n',
          'commit-msg': 'stageflow hook commit-msg "$1"\n',
          'pre-push': 'git lfs pre-push "$@"\nstageflow hook pre-push "$@"\n',
        },
        active: false,
      }),
    );
    expect(plan.writes.map((write) => [write.path, write.content])).toEqual([
      [
        'package.json',
        '{\n  "scripts": {\n    "prepare": "stageflow install-hooks",\n    "start-work": "stageflow start-work"\n  }\n}\n',
      ],
      ['.husky/pre-commit', '#!/bin/sh\nnpx lint-staged\n'],
      [
        '.husky/pre-merge-commit',
        `${COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook pre-merge-commit\n`,
      ],
      ['.husky/commit-msg', `${COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook commit-msg "$1"\n`],
      [
        '.husky/pre-push',
        `git lfs pre-push "$@"\n${COMMENT}\n[ "\${STAGEFLOW_RUNNER-}" = team-file ] || stageflow hook pre-push "$@"\n`,
      ],
    ]);
    expect(plan.activate).toBe(true);
  });

  it('is part of the plan when .gitignore lacks node_modules', () => {
    const plan = planInit(facts({ gitignore: undefined }));
    expect(plan.ignoreNodeModules).toBe(true);
    expect(plan.writes.at(-1)).toEqual({ path: '.gitignore', content: 'node_modules/\n', executable: false });
  });

  it('puts a package below the root under its own folder', () => {
    const plan = planInit(
      facts({
        layout: frontend,
        hookFiles: {
          'pre-commit': 'stageflow hook pre-commit --project frontend\n',
          'pre-merge-commit': undefined,
          'commit-msg': undefined,
          'pre-push': undefined,
        },
      }),
    );
    expect(plan.writes.map((write) => write.path)).toEqual([
      'frontend/package.json',
      'frontend/.husky/pre-commit',
      'frontend/.husky/pre-merge-commit',
      'frontend/.husky/commit-msg',
      'frontend/.husky/pre-push',
    ]);
    expect(plan.activate).toBe(true);
  });
});

describe('planGitignore', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['no .gitignore: create it with node_modules/', undefined, 'node_modules/\n'],
    ['an empty one', '', 'node_modules/\n'],
    ['other lines, no final newline: add a line after them', 'dist', 'dist\nnode_modules/\n'],
    ['other lines', '.env\ndist/\n', '.env\ndist/\nnode_modules/\n'],
    ['node_modules/ already there', 'dist\nnode_modules/\n', undefined],
    ['node_modules without the slash', 'node_modules\n', undefined],
    ['rooted /node_modules', '/node_modules\n', undefined],
    ['**/node_modules with CRLF', 'dist\r\n**/node_modules\r\n', undefined],
    ['a commented-out line does not count', '# node_modules/\n', '# node_modules/\nnode_modules/\n'],
    ["a subfolder's node_modules does not count", 'web/node_modules/\n', 'web/node_modules/\nnode_modules/\n'],
  ])('%s', (_, text, expected) => {
    expect(planGitignore(text)).toBe(expected);
  });
});

describe('fileDependencies', () => {
  it.each<[string, object, string[]]>([
    [
      'a tarball in devDependencies',
      { devDependencies: { husky: '^9.1.7', stageflow: 'file:vendor/stageflow-0.1.0.tgz' } },
      ['vendor/stageflow-0.1.0.tgz'],
    ],
    [
      'a tarball beside the project',
      { devDependencies: { stageflow: 'file:../stageflow-0.1.0.tgz' } },
      ['../stageflow-0.1.0.tgz'],
    ],
    [
      'a folder in dependencies, once',
      { dependencies: { lib: 'file:./lib' }, devDependencies: { lib: 'file:./lib' } },
      ['./lib'],
    ],
    ['registry and git dependencies only', { dependencies: { a: '^1.0.0', b: 'github:x/b' } }, []],
    ['no dependencies at all', { name: 'service' }, []],
  ])('%s', (_, json, expected) => {
    expect(fileDependencies(JSON.stringify(json))).toEqual(expected);
  });
});

describe('setupRoute', () => {
  const branches = defaultConfig().branches;
  const origin = { name: 'origin', configured: true };
  it.each<[string, { branch: string | undefined; unborn: boolean }, typeof branches, object]>([
    [
      'a brand-new repository: the first commit, on main',
      { branch: 'main', unborn: true },
      branches,
      { kind: 'first-commit', branch: 'main', remote: origin },
    ],
    [
      'a brand-new repository on master: renamed to main first',
      { branch: 'master', unborn: true },
      branches,
      { kind: 'first-commit', branch: 'main', renameFrom: 'master', remote: origin },
    ],
    [
      'a brand-new repository on the configured main trunk',
      { branch: 'trunk', unborn: true },
      { ...branches, main: 'trunk' },
      { kind: 'first-commit', branch: 'trunk', remote: origin },
    ],
    [
      'main with commits: a stage from main, a work branch from it',
      { branch: 'main', unborn: false },
      branches,
      { kind: 'by-pull-request', stage: 'stageflow-setup', stageBranch: 'stage/stageflow-setup', main: 'main' },
    ],
    [
      'a stage checked out',
      { branch: 'stage/login', unborn: false },
      branches,
      { kind: 'by-pull-request', stage: 'stageflow-setup', stageBranch: 'stage/stageflow-setup', main: 'main' },
    ],
    [
      'detached HEAD',
      { branch: undefined, unborn: false },
      branches,
      { kind: 'by-pull-request', stage: 'stageflow-setup', stageBranch: 'stage/stageflow-setup', main: 'main' },
    ],
    [
      'a work branch: commit there',
      { branch: 'work/jane-doe/add-stageflow', unborn: false },
      branches,
      { kind: 'on-work', branch: 'work/jane-doe/add-stageflow', remote: origin },
    ],
    [
      'a configured main and prefix',
      { branch: 'trunk', unborn: false },
      { ...branches, main: 'trunk', stagePrefix: 'env/' },
      { kind: 'by-pull-request', stage: 'stageflow-setup', stageBranch: 'env/stageflow-setup', main: 'trunk' },
    ],
    [
      'stage names too short for the suggestion',
      { branch: 'main', unborn: false },
      { ...branches, stageMaxLength: 8 },
      { kind: 'by-pull-request', stage: 'setup', stageBranch: 'stage/setup', main: 'main' },
    ],
  ])('%s', (_, head, config, expected) => {
    expect(setupRoute(head, config, origin)).toEqual(expected);
  });

  it('passes on that the remote is not configured yet', () => {
    const noRemote = { name: 'origin', configured: false };
    expect(setupRoute({ branch: 'master', unborn: true }, branches, noRemote)).toEqual({
      kind: 'first-commit',
      branch: 'main',
      renameFrom: 'master',
      remote: noRemote,
    });
  });
});

describe('defaultBranchPlace: where a remote whose HEAD names master is given main as its default', () => {
  it.each<[string, DefaultBranchPlace]>([
    ['/srv/git/orders.git', { kind: 'path', gitDir: '/srv/git/orders.git' }],
    ['../orders.git', { kind: 'path', gitDir: '/home/jane/orders.git' }],
    ['file:///srv/git/orders.git', { kind: 'path', gitDir: '/srv/git/orders.git' }],
    ['git@github.com:acme/orders.git', { kind: 'settings', page: 'https://github.com/acme/orders/settings' }],
    [
      'https://gitlab.com/acme/orders.git',
      { kind: 'settings', page: 'https://gitlab.com/acme/orders/-/settings/repository' },
    ],
    ['git@git.acme.internal:srv/orders.git', { kind: 'ssh', host: 'git@git.acme.internal', gitDir: 'srv/orders.git' }],
    [
      'ssh://git@git.acme.internal:2222/srv/orders.git',
      { kind: 'ssh', host: 'git@git.acme.internal', port: '2222', gitDir: '/srv/orders.git' },
    ],
    ['https://git.acme.internal/orders.git', { kind: 'unknown' }],
  ])('%s', (url, place) => {
    expect(defaultBranchPlace(url, '/home/jane/orders')).toEqual(place);
  });
});
