import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';

/** CI variables the machine running the tests may have; each test says which CI it plays. */
const NO_CI = {
  CI: '',
  GITHUB_ACTIONS: '',
  GITHUB_EVENT_NAME: '',
  GITHUB_EVENT_PATH: '',
  GITHUB_HEAD_REF: '',
  GITHUB_BASE_REF: '',
  GITHUB_REF_NAME: '',
  GITHUB_REF_TYPE: '',
  GITLAB_CI: '',
  CI_COMMIT_BRANCH: '',
  CI_COMMIT_SHA: '',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: '',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: '',
  CI_MERGE_REQUEST_DIFF_BASE_SHA: '',
  CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: '',
};

const WORK = 'work/jane-doe/login-form';

/**
 * Appends empty commits with the given messages to `branch` in one `git fast-import` process,
 * so a thousand commits take milliseconds, not a thousand hook runs.
 */
function appendCommits(sandbox: Sandbox, dir: string, branch: string, messages: string[]): void {
  const from = sandbox.gitOk(dir, 'rev-parse', branch);
  const stream = messages
    .map((message, i) => {
      const data = Buffer.byteLength(message);
      return `commit refs/heads/${branch}\ncommitter Jane Doe <jane@example.com> ${1_700_000_000 + i} +0000\ndata ${data}\n${message}\n${i === 0 ? `from ${from}\n` : ''}\n`;
    })
    .join('');
  const imported = sandbox.run('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
  if (imported.code !== 0) throw new Error(imported.output);
}

describe('stageflow check', () => {
  let sandbox: Sandbox;
  let project: Project;
  const check = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    sandbox.stageflow(project.dir, ['check', ...args], { env: { ...NO_CI, ...env } });

  beforeEach(() => ({ sandbox, project } = newProject({ stage: 'login', work: WORK })));
  afterEach(() => sandbox.cleanup());

  describe('--branch', () => {
    it.each([
      ['main', 0],
      ['stage/login', 0],
      [WORK, 0],
      ['work/Jane/login', 1],
      ['stage/Login_Page', 1],
      ['feature/login', 1],
    ])('judges %s (exit %i)', (branch, code) => {
      const result = check(['--branch', branch]);
      expect(result.code).toBe(code);
      if (code === 0) expect(result.output).toBe('');
      else expect(result.stderr).toContain(`check failed: the branch name "${branch}" does not follow the strategy`);
    });

    it('names the fix: the rename and the push under the new name', () => {
      const result = check(['--branch', 'work/Jane Doe/Login']);
      expect(result.stderr).toContain("git branch -m 'work/Jane Doe/Login' work/jane-doe/login");
      expect(result.stderr).toContain('git push -u origin work/jane-doe/login');
    });
  });

  describe('--range', () => {
    it('reads 1,000 commits in one git log process and names exactly the bad ones', () => {
      const messages = Array.from({ length: 1000 }, (_, i) => `Add handler number ${i} for the orders`);
      messages[10] = 'wip';
      messages[500] = 'fix';
      appendCommits(sandbox, project.dir, WORK, messages);
      const trace = sandbox.path('git-trace.log');
      const result = check(['--range', `stage/login..${WORK}`, '--json'], { GIT_TRACE: trace });

      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as {
        ok: boolean;
        checks: { check: string; commits: number; bad: { subject: string }[] }[];
      };
      expect(report.ok).toBe(false);
      expect(report.checks).toHaveLength(1);
      expect(report.checks[0]!.commits).toBe(1000);
      expect(report.checks[0]!.bad.map((commit) => commit.subject)).toEqual(['fix', 'wip']);

      const traced = sandbox.run('cat', [trace]).stdout;
      expect(traced.match(/trace: built-in: git log /g)).toHaveLength(1);
    });

    it('is silent and exits 0 when every message describes its change', () => {
      appendCommits(sandbox, project.dir, WORK, ['Add the login form', 'Validate the password field']);
      const result = check(['--range', `stage/login..${WORK}`]);
      expect(result.code).toBe(0);
      expect(result.output).toBe('');
    });

    it('prints the report with the rebase that rewords the commits', () => {
      appendCommits(sandbox, project.dir, WORK, ['Add the login form', 'stuff']);
      const bad = sandbox.gitOk(project.dir, 'rev-parse', '--short=12', WORK);
      const result = check(['--range', `stage/login..${WORK}`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        '1 of 2 commits in stage/login..work/jane-doe/login-form has a message that does not describe the change',
      );
      expect(result.stderr).toContain(`${bad} "stuff"`);
      expect(result.stderr).toContain(`git rebase -i ${bad}~1`);
    });

    it('cuts a very long subject in the report, as the pre-push hook does', () => {
      const subject = `Fix the code ${'and more stuff '.repeat(15_000)}`.trimEnd();
      appendCommits(sandbox, project.dir, WORK, [subject]);
      const result = check(['--range', `stage/login..${WORK}`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`… (${subject.length} characters)`);
      expect(result.stderr.length).toBeLessThan(2_000);
    });

    it('refuses fixup!, squash! and amend! commits with the autosquash rebase, and lets Revert through', () => {
      appendCommits(sandbox, project.dir, WORK, [
        'Add the login form',
        'fixup! Add the login form',
        'squash! Add the login form',
        'amend! Add the login form\n\nAdd the login form with its labels',
        'Revert "Add the login form"',
      ]);
      const result = check(['--range', `stage/login..${WORK}`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        '3 of 5 commits in stage/login..work/jane-doe/login-form are fixup!/squash!/amend! commits not yet folded in',
      );
      expect(result.stderr).toContain('"fixup! Add the login form"');
      expect(result.stderr).toContain('"amend! Add the login form"');
      expect(result.stderr).not.toContain('"Revert');
      expect(result.stderr).toContain('git rebase -i --autosquash stage/login');
      expect(result.stderr).not.toContain('does not describe the change');

      const json = JSON.parse(check(['--range', `stage/login..${WORK}`, '--json']).stdout) as {
        checks: { ok: boolean; autosquash: { subject: string }[] }[];
      };
      expect(json.checks).toEqual([expect.objectContaining({ ok: false })]);
      expect(json.checks[0]!.autosquash.map((commit) => commit.subject)).toEqual([
        'amend! Add the login form',
        'squash! Add the login form',
        'fixup! Add the login form',
      ]);
    });

    it('the fixed branch passes: after the autosquash rebase the range is clean', () => {
      sandbox.gitOk(project.dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form');
      sandbox.gitOk(project.dir, 'commit', '-q', '--allow-empty', '--fixup=HEAD');
      expect(check(['--range', `stage/login..${WORK}`]).code).toBe(1);
      sandbox.gitOk(
        project.dir,
        '-c',
        'sequence.editor=true',
        'rebase',
        '-q',
        '-i',
        '--autosquash',
        '--empty=keep',
        'stage/login',
      );
      expect(check(['--range', `stage/login..${WORK}`])).toMatchObject({ code: 0, output: '' });
    });

    it('in a complete clone, names the end that is no commit here and how to list the branches', () => {
      const result = check(['--range', 'nope..HEAD']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot read the commits of nope..HEAD');
      expect(result.stderr).toContain('`nope` is not a commit or branch here.');
      expect(result.stderr).not.toContain('`HEAD` is not');
      expect(result.stderr).toContain('git branch -a');
      expect(result.stderr).toContain('git fetch origin');
      expect(result.stderr).not.toContain('--unshallow');
    });

    it('refuses a tree or a blob for either end, which git log would read as no commits or all of them', () => {
      const tree = sandbox.gitOk(project.dir, 'rev-parse', 'HEAD^{tree}');
      for (const range of [`HEAD..${tree}`, `${tree}..HEAD`, 'HEAD..HEAD:package.json']) {
        const result = check(['--range', range]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`cannot read the commits of ${range}`);
        expect(result.stderr).toContain('is not a commit or branch here.');
      }
    });

    it('in a shallow clone, says how to fetch the whole history', () => {
      appendCommits(sandbox, project.dir, 'stage/login', ['Add the login form', 'Validate the password field']);
      sandbox.gitOk(project.dir, 'push', '-q', '--no-verify', 'origin', 'stage/login');
      const shallow = sandbox.path('shallow');
      sandbox.gitOk(
        sandbox.root,
        'clone',
        '-q',
        '--depth',
        '1',
        '--branch',
        'stage/login',
        `file://${project.remote}`,
        shallow,
      );
      const result = sandbox.stageflow(shallow, ['check', '--range', 'HEAD~2..HEAD'], { env: NO_CI });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot read the commits of HEAD~2..HEAD');
      expect(result.stderr).toContain('fetch-depth: 0');
      expect(result.stderr).toContain('git fetch --unshallow');
    });

    it('outside a repository, says so instead of advising to unshallow', () => {
      const outside = sandbox.path('not-a-clone');
      mkdirSync(outside);
      const result = sandbox.stageflow(outside, ['check', '--range', 'main..HEAD'], { env: NO_CI });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`cannot read the commits of main..HEAD: ${outside} is not in a git repository`);
      expect(result.stderr).not.toContain('unshallow');
      expect(result.stderr).not.toContain('fetch-depth');
    });

    it.each(['main...HEAD', 'main', '--output=x..HEAD', '..HEAD'])('refuses the range %s as a usage error', (range) => {
      const result = check([`--range=${range}`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('the range must read <base>..<head>');
    });
  });

  describe('--pr', () => {
    const table: [head: string, base: string, code: number, route: string][] = [
      [WORK, 'stage/login', 0, 'work-into-stage'],
      [WORK, 'work/sam-lee/login-api', 0, 'work-into-work'],
      ['stage/login', 'main', 0, 'stage-into-main'],
      [WORK, 'main', 1, 'work-into-main'],
      ['stage/login', 'stage/orders', 1, 'stage-into-stage'],
      ['stage/login', WORK, 1, 'stage-into-work'],
      ['main', 'stage/login', 1, 'main-into-stage'],
      ['main', WORK, 1, 'main-into-work'],
      ['feature/login', 'stage/login', 1, 'head-invalid'],
      [WORK, 'develop', 1, 'base-invalid'],
      ['stage/login', 'stage/login', 1, 'same-branch'],
    ];

    it.each(table)('%s into %s exits %i (%s)', (head, base, code, route) => {
      for (const branch of [head, base]) sandbox.git(project.dir, 'branch', branch);
      const result = check(['--pr', '--base', base, '--head', head, '--json']);
      expect(result.code).toBe(code);
      const report = JSON.parse(result.stdout) as { checks: { route: string; ok: boolean }[] };
      expect(report.checks).toEqual([expect.objectContaining({ check: 'route', head, base, route, ok: code === 0 })]);
    });

    it('a branch that exists nowhere is a usage error naming the closest real one, whose command then runs', () => {
      const result = check(['--pr', '--base', 'stage/logni', '--head', WORK]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        '--base stage/logni: there is no such branch here or on origin; did you mean stage/login?',
      );
      const again = result.stderr
        .split('\n')
        .find((line) => line.includes('npx stageflow check --pr'))!
        .trim();
      expect(again).toBe(`npx stageflow check --pr --base stage/login --head ${WORK}`);
      expect(check(again.split(' ').slice(3)).code).toBe(0);
      const json = JSON.parse(
        check(['--pr', '--base', 'stage/login', '--head', 'work/nobody/nothing', '--json']).stdout,
      ) as { ok: boolean; checks: unknown[] };
      expect(json).toEqual({
        ok: false,
        provider: null,
        checks: [expect.objectContaining({ check: 'route', head: 'work/nobody/nothing', unknown: true, ok: false })],
      });
    });

    it('names the route to use instead, with the stage start-work recorded', () => {
      sandbox.gitOk(project.dir, 'config', `branch.${WORK}.stageflowstage`, 'stage/login');
      const result = check(['--pr', '--base', 'main', '--head', WORK]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`a pull request from ${WORK} into main is not a route the strategy allows`);
      expect(result.stderr).toContain(`${WORK} → stage/login`);
      expect(result.stderr).toContain('stage/login → main');
    });

    it('shows main the way into a stage: a work branch that merges it', () => {
      const result = check(['--pr', '--base', 'stage/login', '--head', 'main']);
      expect(result.stderr).toContain('git switch -c work/jane-doe/login-catch-up origin/stage/login');
      expect(result.stderr).toContain('git merge origin/main');
    });

    it('names the engineer as the hooks do: the name start-work remembered, else user.name', () => {
      sandbox.gitOk(project.dir, 'config', 'stageflow.engineer', 'zoe-unal');
      expect(check(['--pr', '--base', 'stage/login', '--head', 'main']).stderr).toContain(
        'git switch -c work/zoe-unal/login-catch-up origin/stage/login',
      );
      expect(check(['--branch', 'feature/login']).stderr).toContain(
        'git branch -m feature/login work/zoe-unal/feature-login',
      );

      // The commit refusal and the push refusal suggest the same name.
      sandbox.gitOk(project.dir, 'switch', '-q', '-c', 'feature/login');
      const committed = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
      expect(committed.code).not.toBe(0);
      expect(committed.output).toContain('work/zoe-unal/feature-login');
      const pushed = sandbox.git(project.dir, 'push', 'origin', 'feature/login');
      expect(pushed.code).not.toBe(0);
      expect(pushed.output).toContain('work/zoe-unal/feature-login');
      expect(pushed.output).not.toContain('jane-doe');

      // In CI the runner's git identity is not the engineer's: the placeholder stays.
      expect(check(['--branch', 'feature/login'], { GITHUB_ACTIONS: 'true' }).stderr).toContain(
        'git branch -m feature/login work/your-name/feature-login',
      );
    });
  });

  describe('in CI, with no flags', () => {
    /** Runs check as GitHub Actions does for a pull request from WORK into `baseBranch`. */
    const checkGithubPullRequest = (baseBranch: string) => {
      const event = sandbox.path('event.json');
      const base = sandbox.gitOk(project.dir, 'rev-parse', baseBranch);
      const head = sandbox.gitOk(project.dir, 'rev-parse', WORK);
      writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
      return check([], {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_HEAD_REF: WORK,
        GITHUB_BASE_REF: baseBranch,
      });
    };

    it('GitHub Actions pull_request: checks the route and the commits, and annotates', () => {
      appendCommits(sandbox, project.dir, WORK, ['Add the login form', 'wip']);
      const result = checkGithubPullRequest('main');
      expect(result.code).toBe(1);
      const annotations = result.stdout.trimEnd().split('\n');
      expect(annotations).toHaveLength(2);
      expect(annotations[0]).toMatch(
        /^::error title=stageflow route%3A a pull request from work\/jane-doe\/login-form into main is not a route the strategy allows::/,
      );
      expect(annotations[1]).toMatch(
        /^::error title=stageflow commits%3A 1 of 2 commits in [0-9a-f]{40}\.\.[0-9a-f]{40} has a message that does not describe the change::/,
      );
      expect(annotations[1]).toContain('%0A');
      expect(result.stderr).toContain('check failed: a pull request from');
    });

    it('GitHub Actions pull_request: refuses a fixup! commit, with the rebase onto the base branch', () => {
      appendCommits(sandbox, project.dir, WORK, ['Add the login form', 'fixup! Add the login form']);
      const result = checkGithubPullRequest('stage/login');
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^::error title=stageflow commits%3A 1 of 2 commits in [0-9a-f]{40}\.\.[0-9a-f]{40} is a fixup!\/squash!\/amend! commit not yet folded in::/,
      );
      expect(result.stderr).toContain('git rebase -i --autosquash origin/stage/login');
    });

    it('GitLab merge request: reads the CI_MERGE_REQUEST_* variables; silent when all is well', () => {
      appendCommits(sandbox, project.dir, WORK, ['Add the login form', 'Validate the password field']);
      const env = {
        GITLAB_CI: 'true',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: WORK,
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'stage/login',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: sandbox.gitOk(project.dir, 'rev-parse', 'stage/login'),
        CI_COMMIT_SHA: sandbox.gitOk(project.dir, 'rev-parse', WORK),
      };
      expect(check([], env)).toMatchObject({ code: 0, output: '' });
      const report = JSON.parse(check(['--json'], env).stdout) as {
        provider: string;
        checks: { check: string; ok: boolean; commits?: number }[];
      };
      expect(report.provider).toBe('gitlab');
      expect(report.checks).toEqual([
        expect.objectContaining({ check: 'route', ok: true, route: 'work-into-stage' }),
        expect.objectContaining({ check: 'commits', ok: true, commits: 2 }),
      ]);
    });

    it('GitHub Actions push: checks the pushed branch name', () => {
      const result = check([], {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF_TYPE: 'branch',
        GITHUB_REF_NAME: 'Feature_Login',
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^::error title=stageflow branch%3A the branch name "Feature_Login" does not follow the strategy::/,
      );
    });

    it('--pr takes the branches from the CI when --base and --head are absent', () => {
      const result = check(['--pr', '--json'], {
        GITLAB_CI: 'true',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'stage/login',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).checks).toEqual([
        expect.objectContaining({ route: 'stage-into-main', ok: true }),
      ]);
    });

    it('colours the report for people, never the annotations or the JSON', () => {
      appendCommits(sandbox, project.dir, WORK, ['wip']);
      const coloured = { NO_COLOR: '', FORCE_COLOR: '1', GITHUB_ACTIONS: 'true' };
      const human = check(['--range', `stage/login..${WORK}`], coloured);
      expect(human.stderr).toContain('\u001b[');
      expect(human.stdout).toMatch(/^::error title=stageflow commits%3A /);
      expect(human.stdout).not.toContain('\u001b');
      const json = check(['--range', `stage/login..${WORK}`, '--json'], coloured);
      expect(JSON.parse(json.stdout).checks[0].problem.details[0]).toMatch(/^[0-9a-f]{12} "wip"$/);
      expect(json.stdout).not.toContain('\\u001b');
    });

    it('--help prints the usage and exits 0', () => {
      const result = check(['--help']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain(
        'Usage: stageflow check [--branch <name>] [--range <base>..<head>] [--pr --base <branch> --head <branch>] [--json]',
      );
    });

    it('outside CI and without flags, says what to give', () => {
      const result = check([]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('nothing to check: give --branch, --range or --pr');
    });
  });
});
