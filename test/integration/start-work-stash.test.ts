import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, type Project, type Sandbox } from '../helpers/sandbox.js';
import { Teammate } from '../helpers/teammate.js';

/** The commands a refusal prints under the line that starts with `say`, up to the next blank line. */
function commandsAfter(output: string, say: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.includes(say));
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines.slice(start + 1, end === -1 ? undefined : end).map((line) => line.trim());
}

describe('start-work refused by uncommitted changes: the printed way out', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;

  beforeEach(() => {
    ({ sandbox, project } = newProject());
    dir = project.dir;
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'my app.txt'), 'one\ntwo\nthree\nfour\nfive\n');
    bootstrap(sandbox, project, { stage: 'login' });
  });
  afterEach(() => sandbox.cleanup());

  it('stashes only the files in the way, so an untracked node_modules (and npx) stays', () => {
    new Teammate(sandbox, project).commitAndPush('stage/login', 'src/my app.txt', 'ONE\ntwo\nthree\nfour\nfive\n');
    sandbox.gitOk(dir, 'fetch', '-q', 'origin');
    // A project that does not ignore node_modules: a whole-tree stash would take it away.
    writeFileSync(join(dir, '.gitignore'), '');
    writeFileSync(join(dir, 'src', 'my app.txt'), 'one\ntwo\nthree\nfour\nmy five\n');
    const src = join(dir, 'src');

    const refused = sandbox.stageflow(src, ['start-work', '--stage', 'login', '--change', "Jane's fix"]);
    expect(refused.code).toBe(1);
    const commands = commandsAfter(refused.output, 'Put these files aside');
    expect(commands).toEqual([
      "git stash push --include-untracked -- 'my app.txt'",
      'npx stageflow start-work --stage login --change jane-s-fix --engineer jane-doe',
      'git stash pop',
    ]);

    for (const command of commands) {
      const ran = sandbox.run('sh', ['-c', command], { cwd: src });
      expect(ran.output, command).not.toContain('error');
      expect(ran.code, `${command}\n${ran.output}`).toBe(0);
      expect(existsSync(join(dir, 'node_modules', '.bin', 'stageflow')), command).toBe(true);
    }
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/jane-doe/jane-s-fix');
    expect(readFileSync(join(src, 'my app.txt'), 'utf8')).toBe('ONE\ntwo\nthree\nfour\nmy five\n');
    expect(sandbox.gitOk(dir, 'stash', 'list')).toBe('');
  });
});
