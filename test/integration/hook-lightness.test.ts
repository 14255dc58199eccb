import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

/** Loaded by every node the hooks start: writes the modules it required when it exits. */
const DUMP_REQUIRE_CACHE = `
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
process.on('exit', () => writeFileSync(join(process.env.STAGEFLOW_TEST_DUMPS, String(process.pid)), Object.keys(require.cache).join('\\n')));
`;
const HEAVY = /node_modules[\\/](enquirer|zod|yaml|picocolors)[\\/]/;

/** An accepted hook loads none of the prompt, schema, YAML or colour packages (issue 15.5). */
describe('an accepted hook loads no heavy package', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dumps: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/light' }));
    writeFileSync(sandbox.path('dump.cjs'), DUMP_REQUIRE_CACHE);
    dumps = sandbox.path('dumps');
    sandbox.run('mkdir', [dumps]);
    env = { NODE_OPTIONS: `--require ${sandbox.path('dump.cjs')}`, STAGEFLOW_TEST_DUMPS: dumps };
  });
  afterAll(() => sandbox.cleanup());

  /** The modules each node process loaded while `run` ran, emptied for the next case. */
  const loaded = (run: () => { code: number; output: string }) => {
    for (const name of readdirSync(dumps)) sandbox.run('rm', [join(dumps, name)]);
    const result = run();
    expect(result.code, result.output).toBe(0);
    return readdirSync(dumps).map((name) => readFileSync(join(dumps, name), 'utf8').split('\n'));
  };

  it('pre-commit and commit-msg of an accepted git commit, and pre-commit run directly', () => {
    const commit = loaded(() =>
      sandbox.run('git', ['commit', '-q', '--allow-empty', '-m', 'Add the light handler of the service'], {
        cwd: project.dir,
        env,
      }),
    );
    // One node for the whole commit (commit-msg); it loaded stageflow's hook bundle and nothing heavy.
    expect(commit).toHaveLength(1);
    expect(commit[0]!.some((path) => path.endsWith('hooks.js'))).toBe(true);
    expect(commit.flat().filter((path) => HEAVY.test(path))).toEqual([]);
    const direct = loaded(() => sandbox.stageflow(project.dir, ['hook', 'pre-commit'], { env }));
    expect(direct.flat().filter((path) => HEAVY.test(path))).toEqual([]);
    expect(existsSync(join(project.dir, '.git', 'STAGEFLOW_REJECTED_MSG'))).toBe(false);
  });

  it('pre-push of an accepted git push', () => {
    const push = loaded(() =>
      sandbox.run('git', ['push', '-q', 'origin', 'work/jane-doe/light'], { cwd: project.dir, env }),
    );
    expect(push.some((paths) => paths.some((path) => path.endsWith('hooks.js')))).toBe(true);
    expect(push.flat().filter((path) => HEAVY.test(path))).toEqual([]);
  });
});
