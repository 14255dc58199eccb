import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyBranch } from '../../src/core/branch/classify-branch.js';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { newProject } from '../helpers/new-project.js';
import { type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';
import { injectedMarkers, paste, printedCommands, repositoryState } from './state.js';

const branches = defaultConfig().branches;

/** Names git accepts that stageflow must refuse, each with the reason it must give. */
const HOSTILE_NAMES: { name: string; reason: string }[] = [
  {
    name: 'work/x/`touch${IFS}pwned`',
    reason: 'the change part of "work/x/`touch${IFS}pwned`" is not a lower-kebab slug',
  },
  {
    name: 'work/x/a;touch${IFS}pwned',
    reason: 'the change part of "work/x/a;touch${IFS}pwned" is not a lower-kebab slug',
  },
  {
    name: 'work/x/$(touch${IFS}pwned)',
    reason: 'the change part of "work/x/$(touch${IFS}pwned)" is not a lower-kebab slug',
  },
  { name: `work/x/it's-"quoted"`, reason: `the change part of "work/x/it's-"quoted"" is not a lower-kebab slug` },
  { name: `work/'$(touch\${IFS}pwned)'/x`, reason: 'the engineer part of' },
  {
    name: 'work/jane-doe/ünïcode-çhange',
    reason: 'the change part of "work/jane-doe/ünïcode-çhange" is not a lower-kebab slug',
  },
  {
    name: 'Work/Jane/Login-Form',
    reason: '"Work/Jane/Login-Form" is none of main, stage/<stage-name> or work/<engineer>/<change>',
  },
  {
    name: `stage/${'a'.repeat(210)}`,
    reason: `the stage name "${'a'.repeat(210)}" is 210 characters long; at most 32 are allowed`,
  },
  {
    name: `feature/${'x'.repeat(200)}`,
    reason: `"feature/${'x'.repeat(200)}" is none of main, stage/<stage-name> or work/<engineer>/<change>`,
  },
  { name: 'work/a', reason: 'work branches have exactly three parts, work/<engineer>/<change>; "work/a" has 2' },
  {
    name: 'work/a/b/c',
    reason: 'work branches have exactly three parts, work/<engineer>/<change>; "work/a/b/c" has 4',
  },
  { name: 'stage/Bad_Name', reason: '"Bad_Name" is not a valid Serverless stage name' },
];

describe('hostile branch names', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => ({ sandbox, project } = newProject({})));
  afterEach(() => sandbox.cleanup());

  it.each(HOSTILE_NAMES)(
    'pre-commit refuses $name with the reason, runs nothing and changes nothing',
    ({ name, reason }) => {
      const { dir } = project;
      sandbox.gitOk(dir, 'switch', '-q', '-c', name);
      writeFileSync(join(dir, 'handler.js'), 'export const handler = () => 1;\n');
      sandbox.gitOk(dir, 'add', 'handler.js');
      writeFileSync(join(dir, 'notes.txt'), 'not staged\n');
      const before = repositoryState(sandbox, dir);

      const refused = sandbox.git(dir, 'commit', '-m', 'Add the login form handler');
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`commit blocked: the branch name "${name}" does not follow the strategy`);
      expect(refused.output).toContain(`Why: ${reason}`);
      expect(refused.output).toContain('git commit --no-verify');
      expect(repositoryState(sandbox, dir)).toBe(before);
      expect(injectedMarkers(sandbox)).toEqual([]);

      // The printed fix, pasted into a shell, renames the branch to a valid name and runs nothing else;
      // then commits again with the message commit-msg kept (and its amend variant).
      const commands = printedCommands(refused.output);
      const kept = join(dir, '.git', 'STAGEFLOW_REJECTED_MSG');
      expect(commands.slice(1)).toEqual([`git commit -F ${kept}`]);
      expect(paste(sandbox, dir, commands[0]!).code).toBe(0);
      expect(injectedMarkers(sandbox)).toEqual([]);
      const renamed = sandbox.gitOk(dir, 'branch', '--show-current');
      expect(['work', 'stage']).toContain(classifyBranch(renamed, branches).kind);
      expect(sandbox.stageflow(dir, ['check', `--branch=${renamed}`]).code).toBe(0);
      const checked = sandbox.stageflow(dir, ['check', `--branch=${name}`]);
      expect(checked.code).toBe(1);
      expect(checked.output).toContain(reason);
      const again = paste(sandbox, dir, commands[1]!);
      expect(again.output).not.toContain('does not follow the strategy');
      expect(again.code).toBe(classifyBranch(renamed, branches).kind === 'work' ? 0 : 1);
    },
  );

  it.each(HOSTILE_NAMES)('pre-push refuses the local branch $name and its printed fix works', ({ name, reason }) => {
    const { dir, remote } = project;
    sandbox.gitOk(dir, 'switch', '-q', '-c', name);
    const before = repositoryState(sandbox, dir);
    const remoteBefore = refsOf(sandbox, remote);

    const refused = sandbox.git(dir, 'push', 'origin', name);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`push blocked: the branch name "${name}" does not follow the strategy`);
    expect(refused.output).toContain(`Why: ${reason}`);
    expect(refused.output).toContain('git push --no-verify');
    expect(refsOf(sandbox, remote)).toBe(remoteBefore);
    expect(repositoryState(sandbox, dir)).toBe(before);
    expect(injectedMarkers(sandbox)).toEqual([]);

    const commands = printedCommands(refused.output);
    expect(commands).toHaveLength(2);
    for (const command of commands) expect(paste(sandbox, dir, command).code).toBe(0);
    expect(injectedMarkers(sandbox)).toEqual([]);
    const renamed = sandbox.gitOk(dir, 'branch', '--show-current');
    expect(['work', 'stage']).toContain(classifyBranch(renamed, branches).kind);
    expect(refsOf(sandbox, remote)).toContain(`refs/heads/${renamed} `);
  });

  it.each(HOSTILE_NAMES.filter(({ name }) => !name.startsWith('work/a')))(
    'pre-push refuses the remote ref name $name and offers to push under a valid one',
    ({ name, reason }) => {
      const { dir, remote } = project;
      sandbox.gitOk(dir, 'switch', '-q', '-c', 'work/jane-doe/login-form');
      const before = repositoryState(sandbox, dir);
      const remoteBefore = refsOf(sandbox, remote);

      const refused = sandbox.git(dir, 'push', 'origin', `HEAD:refs/heads/${name}`);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`push blocked: the branch name "${name}" does not follow the strategy`);
      expect(refused.output).toContain(`Why: ${reason}`);
      expect(refsOf(sandbox, remote)).toBe(remoteBefore);
      expect(repositoryState(sandbox, dir)).toBe(before);

      // The local branch is fine: the fix pushes it under a valid name, it does not rename it.
      const commands = printedCommands(refused.output);
      expect(commands).toHaveLength(1);
      expect(commands[0]).toMatch(/^git push -u origin /);
      expect(paste(sandbox, dir, commands[0]!).code).toBe(0);
      expect(injectedMarkers(sandbox)).toEqual([]);
      expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('work/jane-doe/login-form');
      const created = refsOf(sandbox, remote)
        .split('\n')
        .map((line) => line.split(' ')[0]!.replace('refs/heads/', ''))
        .filter((ref) => !remoteBefore.includes(`refs/heads/${ref} `));
      expect(created).toHaveLength(1);
      expect(['work', 'stage']).toContain(classifyBranch(created[0]!, branches).kind);
    },
  );

  it('refuses a name with bytes that are not UTF-8, with fixes that can be typed', () => {
    const { dir, remote } = project;
    expect(sandbox.run('sh', ['-c', 'git switch -q -c "$(printf \'work/x/\\377\\376\')"'], { cwd: dir }).code).toBe(0);
    const remoteBefore = refsOf(sandbox, remote);
    const pushed = sandbox.run('sh', ['-c', 'git push origin "$(git branch --show-current)"'], { cwd: dir });
    expect(pushed.code).toBe(1);
    expect(pushed.output).toContain('the change part of "work/x/\uFFFD\uFFFD" is not a lower-kebab slug');
    expect(pushed.output).toContain('Its name is not valid UTF-8');
    expect(refsOf(sandbox, remote)).toBe(remoteBefore);
    const commands = printedCommands(pushed.output);
    expect(commands).toEqual([
      'git branch -m work/x/describe-the-change',
      'git push -u origin work/x/describe-the-change',
    ]);
    for (const command of commands) expect(paste(sandbox, dir, command).code).toBe(0);
    expect(refsOf(sandbox, remote)).toContain('refs/heads/work/x/describe-the-change ');
  });

  it('quotes a hostile remote name in the printed commands, which then run nothing else', () => {
    const { dir, remote } = project;
    const hostileRemote = 'up$(touch${IFS}pwned)';
    sandbox.gitOk(dir, 'remote', 'add', hostileRemote, remote);
    sandbox.gitOk(dir, 'switch', '-q', '-c', 'Feature_X');
    const remoteBefore = refsOf(sandbox, remote);
    const refused = sandbox.git(dir, 'push', hostileRemote, 'Feature_X');
    expect(refused.code).toBe(1);
    expect(refsOf(sandbox, remote)).toBe(remoteBefore);
    const commands = printedCommands(refused.output);
    expect(commands).toEqual([
      'git branch -m Feature_X work/jane-doe/feature-x',
      "git push -u 'up$(touch${IFS}pwned)' work/jane-doe/feature-x",
    ]);
    for (const command of commands) expect(paste(sandbox, dir, command).code).toBe(0);
    expect(injectedMarkers(sandbox)).toEqual([]);
    expect(refsOf(sandbox, remote)).toContain('refs/heads/work/jane-doe/feature-x ');
  });

  it('quotes a hostile prefix from the config in the printed commands', () => {
    const { dir } = project;
    writeFileSync(
      join(dir, '.stageflowrc.json'),
      JSON.stringify({ branches: { workPrefix: 'w$(touch${IFS}pwned)/' } }),
    );
    const refused = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
    expect(refused.code).toBe(1);
    const commands = printedCommands(refused.output);
    const kept = join(dir, '.git', 'STAGEFLOW_REJECTED_MSG');
    expect(commands).toEqual([
      "git switch -c 'w$(touch${IFS}pwned)/jane-doe/describe-the-change'",
      `git commit -F ${kept}`,
    ]);
    expect(paste(sandbox, dir, commands[0]!).code).toBe(0);
    expect(injectedMarkers(sandbox)).toEqual([]);
    expect(sandbox.gitOk(dir, 'branch', '--show-current')).toBe('w$(touch${IFS}pwned)/jane-doe/describe-the-change');
    expect(sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler').code).toBe(0);
  });

  it('pre-push refuses "stage/", a name git itself will not create, when a hook is handed it', () => {
    const { dir } = project;
    const sha = sandbox.gitOk(dir, 'rev-parse', 'HEAD');
    const zero = '0'.repeat(40);
    const refused = sandbox.stageflow(dir, ['hook', 'pre-push', 'origin', project.remote], {
      input: `refs/heads/main ${sha} refs/heads/stage/ ${zero}\n`,
    });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('push blocked: the branch name "stage/" does not follow the strategy');
    expect(refused.output).toContain('Why: "stage/" has no stage name after "stage/".');
    expect(refused.output).toContain('git push -u origin main:refs/heads/work/jane-doe/describe-the-change');
    expect(classifyBranch('work/jane-doe/describe-the-change', branches).kind).toBe('work');
  });
});
