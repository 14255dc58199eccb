import { cpSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { CLI, PACKAGE_ROOT, type Project, type Sandbox } from '../helpers/sandbox.js';

const TOO_SHORT = 'the subject has 1 word; at least 2 are needed to describe a change';

/** The hooks keep V8's compiled code in node_modules/.cache/stageflow-code (src/cli/code-cache.ts). */
describe("the hook bundle's code cache", () => {
  let sandbox: Sandbox;
  let project: Project;
  let cacheDir: string;
  const commit = (message: string) => sandbox.git(project.dir, 'commit', '--allow-empty', '-m', message);
  const caches = () => readdirSync(cacheDir).filter((name) => name.startsWith('commit-msg-'));
  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/cache' }));
    cacheDir = join(project.dir, 'node_modules', '.cache', 'stageflow-code');
  });
  afterAll(() => sandbox.cleanup());

  it('is written by the first commit and read, unchanged, by the next, which judge alike', () => {
    expect(commit('Add the cached login handler').code).toBe(0);
    expect(caches()).toHaveLength(1);
    const file = join(cacheDir, caches()[0]!);
    const written = statSync(file).mtimeMs;
    const refused = commit('wip');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(TOO_SHORT);
    expect(commit('Add the cached logout handler').code).toBe(0);
    expect(caches()).toEqual([file.slice(cacheDir.length + 1)]);
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('is compiled anew when damaged, and the hook still refuses what it must', () => {
    const [name] = caches();
    writeFileSync(join(cacheDir, name!), 'not V8 code at all');
    const refused = commit('wip');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(TOO_SHORT);
    expect(readFileSync(join(cacheDir, name!), 'utf8')).not.toBe('not V8 code at all');
    expect(commit('Add the damaged cache handler').code).toBe(0);
  });

  it('is never used for a bundle of the same length with other text', () => {
    // A copy of the build whose hooks.js is edited in place, as a patch to node_modules would.
    const copy = sandbox.path('copy', 'dist');
    cpSync(dirname(CLI), copy, { recursive: true });
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), sandbox.path('copy', 'node_modules'));
    writeFileSync(sandbox.path('message'), 'wip\n');
    const hook = () =>
      sandbox.run(process.execPath, [join(copy, 'cli.js'), 'hook', 'commit-msg', sandbox.path('message')], {
        cwd: project.dir,
      });
    expect(hook().output).toContain(TOO_SHORT);
    const bundle = join(copy, 'hooks.js');
    const edited = readFileSync(bundle, 'utf8').replaceAll('are needed to describe', 'ARE NEEDED TO DESCRIBE');
    writeFileSync(bundle, edited);
    const after = hook();
    expect(after.code).toBe(1);
    expect(after.output).toContain('the subject has 1 word; at least 2 ARE NEEDED TO DESCRIBE a change');
  });
});
