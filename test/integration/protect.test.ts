import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FETCH_RULESETS } from '../../src/core/protect/github-script.js';
import type { Ruleset, RulesetRequest } from '../../src/core/protect/github-types.js';
import { githubDescriptionFile } from '../helpers/github-openapi.js';
import { fetchedRuleset } from '../helpers/github-rulesets.js';
import { OpenApiValidators, type Validator } from '../helpers/openapi-validator.js';
import { CLI, type RunResult, Sandbox } from '../helpers/sandbox.js';

/** Names that break out of any quoting short of a quoted here-document. */
const HOSTILE = {
  main: `ma'in;touch pwned-main;'\ntouch pwned-newline`,
  stagePrefix: 'st"\'`touch pwned-stage`$(touch pwned-subshell)\\/',
};

let sandbox: Sandbox;
let bin: string;

beforeAll(() => {
  sandbox = new Sandbox();
  bin = sandbox.path('bin');
  mkdirSync(bin);
  symlinkSync(join(import.meta.dirname, '..', 'helpers', 'fake-gh.mjs'), join(bin, 'gh'));
  symlinkSync(join(import.meta.dirname, '..', 'helpers', 'fake-glab.mjs'), join(bin, 'glab'));
});
afterAll(() => sandbox.cleanup());

function project(name: string, stageflow: object = {}): string {
  const dir = sandbox.path(name);
  sandbox.gitOk(sandbox.root, 'init', '-q', dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, stageflow }));
  return dir;
}

/** Runs a script as a user pastes it: sh, in the clone, with gh and glab on the PATH. */
function sh(dir: string, script: string, env: NodeJS.ProcessEnv): RunResult {
  return sandbox.run('sh', ['-c', script], {
    cwd: dir,
    env: { PATH: `${bin}:${process.env.PATH}`, STAGEFLOW: `${process.execPath} ${CLI}`, ...env },
  });
}

function ghState(
  dir: string,
  rulesets: unknown[],
): { env: NodeJS.ProcessEnv; read: () => Ruleset[]; calls: () => { args: string[]; input?: string }[] } {
  const file = join(dir, '..', `${dir.split('/').pop()}-github.json`);
  writeFileSync(file, JSON.stringify(rulesets));
  writeFileSync(`${file}.log`, '');
  const calls = () =>
    readFileSync(`${file}.log`, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { args: string[]; input?: string });
  return { env: { FAKE_GH_STATE: file }, read: () => JSON.parse(readFileSync(file, 'utf8')) as Ruleset[], calls };
}

const bodies = (dir: string, ...options: string[]) =>
  JSON.parse(sandbox.stageflow(dir, ['protect', 'github', '--json', ...options]).stdout) as RulesetRequest[];
const writes = (calls: { args: string[] }[]) =>
  calls
    .filter((call) => call.args.includes('--input'))
    .map((call) => `${call.args[call.args.indexOf('--method') + 1]} ${call.args[3]}`);

describe("stageflow protect github against GitHub's OpenAPI description", () => {
  let validators: OpenApiValidators;
  let create: { open: Validator; closed: Validator };
  // The first run fetches the description (npm pack, ~30 MB); later runs read it from node_modules/.cache.
  beforeAll(() => {
    validators = new OpenApiValidators(githubDescriptionFile());
    create = {
      open: validators.requestBody('repos/create-repo-ruleset', { closed: false }),
      closed: validators.requestBody('repos/create-repo-ruleset', { closed: true }),
    };
  }, 240_000);

  it('prints request bodies that repos/create-repo-ruleset and repos/update-repo-ruleset accept, with no key the description lacks', () => {
    const update = validators.requestBody('repos/update-repo-ruleset', { closed: true });
    const printed = [
      ...bodies(project('described'), '--with-patterns'),
      ...bodies(project('described-hostile', { branches: HOSTILE, protect: { requiredApprovals: 3 } })),
    ];
    expect(printed.map((body) => body.name)).toEqual([
      'stageflow: main',
      'stageflow: stages',
      'stageflow: branch names and commit messages',
      'stageflow: main',
      'stageflow: stages',
    ]);
    for (const body of printed) {
      for (const validate of [create.open, create.closed, update])
        expect({ name: body.name, valid: validate(body), errors: validate.errors ?? null }).toEqual({
          name: body.name,
          valid: true,
          errors: null,
        });
    }
    // Both checks can fail, and agree: the type check (npm test runs tsc first) refuses these
    // bodies as the run-time check does. A misspelt parameter GitHub would ignore, a wrong value:
    const misspelt: RulesetRequest = {
      name: 'stageflow: main',
      enforcement: 'active',
      rules: [
        {
          type: 'pull_request',
          parameters: {
            // @ts-expect-error: not a parameter of the pull_request rule
            required_approving_reviews: 1,
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: true,
            required_review_thread_resolution: false,
          },
        },
      ],
    };
    expect(create.open(misspelt)).toBe(true);
    expect(create.closed(misspelt)).toBe(false);
    // @ts-expect-error: not an enforcement GitHub knows
    const wrongValue: RulesetRequest = { name: 'stageflow: main', enforcement: 'on' };
    expect(create.open(wrongValue)).toBe(false);
    // @ts-expect-error: a ruleset has a name
    const noName: RulesetRequest = { enforcement: 'active' };
    expect(create.open(noName)).toBe(false);
  });

  it('is compared with rulesets shaped as GitHub returns them, its own example among them', () => {
    const fetched = validators.schema('repository-ruleset', { closed: true });
    const example = validators.description.components.examples['repository-ruleset']!.value;
    for (const ruleset of [example, ...bodies(project('fixtures')).map((body, i) => fetchedRuleset(body, 7 + i))]) {
      expect({ valid: fetched(ruleset), errors: fetched.errors ?? null }).toEqual({ valid: true, errors: null });
    }
  });

  describe("--compare on a repository with GitHub's example ruleset, then the printed fixes", () => {
    let dir: string;
    let github: ReturnType<typeof ghState>;
    const compare = `${FETCH_RULESETS} | $STAGEFLOW protect github --compare -`;
    beforeAll(() => {
      dir = project('compared');
      const example = validators.description.components.examples['repository-ruleset']!.value;
      // And a hand-made ruleset on the stages that only admins may create them under.
      const release = fetchedRuleset(
        {
          name: 'Release branches',
          enforcement: 'active',
          conditions: { ref_name: { include: ['refs/heads/stage/**'], exclude: [] } },
          rules: [{ type: 'creation' }, { type: 'deletion' }],
        },
        77,
      );
      github = ghState(dir, [example, release]);
    });

    it('says what the repository lacks, and the printed commands fix it', () => {
      const before = sh(dir, compare, github.env);
      expect(before.code).toBe(1);
      expect(before.stdout).toContain('✖ stageflow: GitHub does not hold the strategy on main: 5 findings');
      expect(before.stdout).toContain('missing: no "non_fast_forward" rule: main can be force-pushed');
      expect(before.stdout).toContain(
        'missing: no "required_status_checks" rule: a pull request into main merges without "stageflow check" passing',
      );
      expect(before.stdout).toContain(
        'weaker: ruleset "super cool ruleset" (id 42) lets Team 234 (always) bypass it on main',
      );
      expect(before.stdout).toContain(
        '✖ stageflow: GitHub does not hold the strategy on stage/<stage-name>: 4 findings',
      );
      expect(before.stdout).toContain(
        'blocked: ruleset "Release branches" (id 77) has a "creation" rule on stage/<stage-name>, so start-stage --push cannot create a stage',
      );

      // Run each printed fix as it stands: the changes to the two foreign rulesets, then each ruleset's script.
      const fieldFixes = before.stdout
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('echo '));
      expect(fieldFixes).toEqual([
        `echo '{"bypass_actors":[]}' | gh api --method PUT 'repos/{owner}/{repo}/rulesets/42' --input -`,
        `echo '{"rules":[{"type":"deletion"}]}' | gh api --method PUT 'repos/{owner}/{repo}/rulesets/77' --input -`,
      ]);
      const scripts = before.stdout.match(/^id=\$\([\s\S]*?^STAGEFLOW_RULESET$/gm) ?? [];
      expect(scripts).toHaveLength(2);
      for (const script of [...fieldFixes, ...scripts])
        expect(sh(dir, script, github.env)).toMatchObject({ code: 0, stderr: '' });
      expect(writes(github.calls())).toEqual([
        'PUT repos/{owner}/{repo}/rulesets/42',
        'PUT repos/{owner}/{repo}/rulesets/77',
        'POST repos/{owner}/{repo}/rulesets',
        'POST repos/{owner}/{repo}/rulesets',
      ]);

      const after = sh(dir, compare, github.env);
      expect(after).toMatchObject({
        code: 0,
        stdout:
          '✔ GitHub holds the strategy: every rule of "stageflow: main", "stageflow: stages" is enforced, with no bypass.\n',
      });
    });

    it('the whole printed script, run twice, finds both rulesets by name and updates them, creating none', () => {
      const script = sandbox.stageflow(dir, ['protect', 'github']).stdout;
      const calls = github.calls().length;
      for (let run = 0; run < 2; run++)
        expect(sh(dir, script, github.env)).toMatchObject({
          code: 0,
          stdout: 'stageflow: main: ruleset 1002, active\nstageflow: stages: ruleset 1003, active\n',
        });
      expect(github.read().map((ruleset) => ruleset.id)).toEqual([42, 77, 1002, 1003]);
      expect(writes(github.calls().slice(calls))).toEqual(
        Array(4)
          .fill(0)
          .map((_, i) => `PUT repos/{owner}/{repo}/rulesets/${1002 + (i % 2)}`),
      );
    });
  });
});

describe('stageflow protect github', () => {
  it('keeps hostile branch names out of the shell: the bodies reach gh as printed', () => {
    const dir = project('hostile', { branches: HOSTILE });
    const github = ghState(dir, []);
    const result = sh(dir, sandbox.stageflow(dir, ['protect', 'github']).stdout, github.env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(github.calls().flatMap((call) => (call.input === undefined ? [] : [JSON.parse(call.input)]))).toEqual(
      bodies(dir),
    );
    expect(github.read().map((ruleset) => ruleset.conditions)).toEqual([
      { ref_name: { include: [`refs/heads/${HOSTILE.main}`], exclude: [] } },
      { ref_name: { include: [`refs/heads/${HOSTILE.stagePrefix}**`], exclude: [] } },
    ]);
    expect(readdirSync(dir).filter((name) => name.startsWith('pwned'))).toEqual([]);
  });

  it("--compare reads a file; a weaker review count fails, and the list endpoint's summaries are refused with the command that fetches rules", () => {
    const dir = project('weaker', { protect: { requiredApprovals: 2 } });
    const rulesets = bodies(dir).map((body, i) => fetchedRuleset(body, 11 + i));
    const file = join(dir, 'rulesets.json');
    writeFileSync(file, JSON.stringify(rulesets));
    expect(sandbox.stageflow(dir, ['protect', 'github', '--compare', 'rulesets.json'])).toMatchObject({ code: 0 });

    const review = rulesets[1]!.rules!.find((rule) => rule.type === 'pull_request')!;
    if (review.type === 'pull_request') review.parameters!.required_approving_review_count = 1;
    writeFileSync(file, JSON.stringify(rulesets));
    const weaker = sandbox.stageflow(dir, ['protect', 'github', '--compare', 'rulesets.json']);
    expect(weaker.code).toBe(1);
    expect(weaker.stdout).toContain(
      'weaker: a pull request into stage/<stage-name> needs 1 approving review; the config asks for 2 (protect.requiredApprovals)',
    );
    expect(weaker.stdout).not.toContain('on main');

    const summaries = sandbox.stageflow(dir, ['protect', 'github', '--compare', '-'], {
      input: JSON.stringify(rulesets.map(({ rules: _rules, conditions: _conditions, ...summary }) => summary)),
    });
    expect(summaries.code).toBe(2);
    expect(summaries.stderr).toContain(
      'protect --compare: standard input holds ruleset summaries without their rules ("stageflow: main", "stageflow: stages")',
    );
    expect(summaries.stderr).toContain(`${FETCH_RULESETS} | npx stageflow protect github --compare -`);
    expect(sandbox.stageflow(dir, ['protect', 'github', '--compare', 'missing.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('protect --compare: cannot read missing.json'),
    });
  });

  it('--with-patterns says what the patterns cannot check; --json keeps stdout to the bodies', () => {
    const dir = project('patterns');
    const text = sandbox.stageflow(dir, ['protect', 'github', '--with-patterns']).stdout;
    expect(text).toContain(
      '# The patterns cannot check, where the hooks and "stageflow check" do: a stage name without double or trailing dashes, subjects of at least 2 words',
    );
    const json = sandbox.stageflow(dir, ['protect', 'github', '--json', '--with-patterns']);
    expect(JSON.parse(json.stdout)).toHaveLength(3);
    expect(json.stderr).toContain(
      'stageflow: The route of a pull request (work -> stage -> main) is held by the required "stageflow check".',
    );
  });

  it('refuses an unknown server or option with the command that works', () => {
    const dir = project('usage');
    expect(sandbox.stageflow(dir, ['protect'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('npx stageflow protect github'),
    });
    expect(sandbox.stageflow(dir, ['protect', 'bitbucket'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('protect: stageflow does not know the server "bitbucket"'),
    });
    expect(sandbox.stageflow(dir, ['protect', 'gitlab', '--with-patterns'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('protect gitlab: --with-patterns is for GitHub only'),
    });
    expect(sandbox.stageflow(dir, ['protect', 'gitlab', '--compare', 'x.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`glab api 'projects/:id/protected_branches' --paginate > x.json`),
    });
    expect(sandbox.stageflow(dir, ['protect', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: stageflow protect github'),
    });
  });
});

interface GitlabState {
  branches: Record<
    string,
    {
      name: string;
      push_access_levels: { access_level: number }[];
      merge_access_levels: { access_level: number }[];
      unprotect_access_levels: { access_level: number }[];
      allow_force_push: boolean;
    }
  >;
  rules: unknown[];
  project: unknown;
  approvals: unknown;
}

describe('stageflow protect gitlab', () => {
  const glabState = (dir: string, branches: GitlabState['branches'] = {}) => {
    const file = join(dir, '..', `${dir.split('/').pop()}-gitlab.json`);
    writeFileSync(file, JSON.stringify({ branches, rules: [], project: {}, approvals: {} }));
    const read = () => JSON.parse(readFileSync(file, 'utf8')) as GitlabState;
    /** The levels by branch name: the ids GitLab gives each protection change when it is made anew. */
    const levels = () =>
      Object.values(read().branches).map((branch) => ({
        name: branch.name,
        push: branch.push_access_levels.map((access) => access.access_level),
        merge: branch.merge_access_levels.map((access) => access.access_level),
        unprotect: branch.unprotect_access_levels.map((access) => access.access_level),
        forcePush: branch.allow_force_push,
      }));
    return { env: { FAKE_GLAB_STATE: file }, read, levels };
  };
  const guarded = (name: string) => ({ name, push: [0], merge: [30], unprotect: [40], forcePush: false });

  describe('the printed script, run as it is', () => {
    let dir: string;
    let gitlab: ReturnType<typeof glabState>;
    let script: string;
    beforeAll(() => {
      dir = project('gitlab', { branches: HOSTILE, protect: { requiredApprovals: 2 } });
      gitlab = glabState(dir);
      script = sandbox.stageflow(dir, ['protect', 'gitlab']).stdout;
    });
    const expectHeld = () => {
      expect(gitlab.levels()).toEqual([guarded(HOSTILE.main), guarded(`${HOSTILE.stagePrefix}*`)]);
      expect(gitlab.read()).toMatchObject({
        rules: [
          {
            id: 500,
            name: 'stageflow review',
            approvals_required: 2,
            rule_type: 'any_approver',
            applies_to_all_protected_branches: true,
          },
        ],
        project: { only_allow_merge_if_pipeline_succeeds: true },
        approvals: {
          reset_approvals_on_push: true,
          merge_requests_author_approval: false,
          merge_requests_disable_committers_approval: true,
        },
      });
    };

    it('protects main and the stages, and requires the pipeline and approvals', () => {
      expect(sh(dir, script, gitlab.env)).toMatchObject({ code: 0, stderr: '' });
      expectHeld();
      expect(readdirSync(dir).filter((name) => name.startsWith('pwned'))).toEqual([]);
      const json = JSON.parse(sandbox.stageflow(dir, ['protect', 'gitlab', '--json']).stdout) as {
        protected_branches: { name: string }[];
      };
      expect(json.protected_branches.map((branch) => branch.name)).toEqual([HOSTILE.main, `${HOSTILE.stagePrefix}*`]);
    });

    it('run again, leaves the same protection and updates the approval rule in place', () => {
      expect(sh(dir, script, gitlab.env)).toMatchObject({ code: 0, stderr: '' });
      expectHeld();
    });
  });

  it('--compare names a branch maintainers push to and a missing stage protection; the printed scripts fix both', () => {
    const dir = project('gitlab-compared');
    // GitLab's own default when a branch is protected in the UI: maintainers push and merge.
    const maintainers = [
      {
        id: 1,
        access_level: 40,
        access_level_description: 'Maintainers',
        user_id: null,
        group_id: null,
        deploy_key_id: null,
      },
    ];
    const gitlab = glabState(dir, {
      main: {
        id: 9,
        name: 'main',
        push_access_levels: maintainers,
        merge_access_levels: maintainers,
        unprotect_access_levels: maintainers,
        allow_force_push: false,
        code_owner_approval_required: false,
      } as never,
    });
    const compare = `glab api 'projects/:id/protected_branches' --paginate | $STAGEFLOW protect gitlab --compare -`;
    const before = sh(dir, compare, gitlab.env);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(
      '✖ stageflow: GitLab does not hold the strategy on main: 1 finding\n  weaker: Maintainers may push to main directly, without a merge request',
    );
    expect(before.stdout).toContain('missing: stage/* is not a protected branch');
    const scripts = before.stdout.match(/^if glab api [\s\S]*?^STAGEFLOW_BODY$/gm) ?? [];
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(sh(dir, script, gitlab.env)).toMatchObject({ code: 0 });
    expect(gitlab.levels()).toEqual([guarded('main'), guarded('stage/*')]);
    expect(sh(dir, compare, gitlab.env)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('✔ GitLab holds the strategy: main, stage/* take merges only'),
    });
  });
});
