import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/defaults.js';
import { newProject } from '../helpers/new-project.js';
import { bootstrap, installHooks, type Project, refsOf, type Sandbox } from '../helpers/sandbox.js';

describe('the config: one JSON file, validated, printed by stageflow config', () => {
  let sandbox: Sandbox;
  let project: Project;
  let dir: string;
  const writeRc = (value: unknown) =>
    writeFileSync(join(dir, '.stageflowrc.json'), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  const writePackage = (stageflow: unknown) =>
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'project', private: true, stageflow }, null, 2));

  beforeEach(() => {
    ({ sandbox, project } = newProject());
    dir = project.dir;
  });
  afterEach(() => sandbox.cleanup());

  it('prints the defaults when there is no config', () => {
    const result = sandbox.stageflow(dir, ['config']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `# source: no config file found: the defaults apply\n# read by the hooks, which look it up from the git root (${dir}), where git runs them\n${JSON.stringify(defaultConfig(), null, 2)}\n`,
    );
    const json = sandbox.stageflow(dir, ['config', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(defaultConfig());
  });

  it('reads the "stageflow" key of package.json, merged over the defaults', () => {
    writePackage({ branches: { unprotected: ['main'] }, rules: { 'subject-max-length': 100 } });
    const result = sandbox.stageflow(dir, ['config']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`# source: ${join(dir, 'package.json')} ("stageflow" key)`);
    const config = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
    const defaults = defaultConfig();
    expect(config).toEqual({
      ...defaults,
      branches: { ...defaults.branches, unprotected: ['main'] },
      rules: { ...defaults.rules, 'subject-max-length': 100 },
    });
  });

  it('reads .stageflowrc.json; when both exist, .stageflowrc.json wins with a warning', () => {
    writeRc({ rules: { 'subject-min-words': 2 } });
    expect(sandbox.stageflow(dir, ['config']).stdout.split('\n')[0]).toBe(
      `# source: ${join(dir, '.stageflowrc.json')}`,
    );
    writePackage({ rules: { 'subject-min-words': 5 } });
    const both = sandbox.stageflow(dir, ['config', '--json']);
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout).rules['subject-min-words']).toBe(2);
    expect(both.stderr).toContain('.stageflowrc.json wins. Remove one of them.');
  });

  it('is found from a subdirectory of the project, and --project points at another package', () => {
    writeRc({ liveStage: 'production' });
    sandbox.gitOk(dir, 'add', '-A');
    const sub = join(dir, 'functions');
    sandbox.run('mkdir', ['-p', join(sub, 'api')]);
    expect(JSON.parse(sandbox.stageflow(join(sub, 'api'), ['config', '--json']).stdout).liveStage).toBe('production');
    writeFileSync(join(sub, 'package.json'), JSON.stringify({ name: 'functions', stageflow: { liveStage: 'live' } }));
    expect(JSON.parse(sandbox.stageflow(dir, ['config', '--json', '--project', 'functions']).stdout).liveStage).toBe(
      'live',
    );
  });

  it('in a subfolder with a config of its own, shows the one the hooks read and warns about the other', () => {
    writeRc({ liveStage: 'production' });
    const sub = join(dir, 'functions');
    sandbox.run('mkdir', ['-p', sub]);
    writeFileSync(join(sub, '.stageflowrc.json'), JSON.stringify({ liveStage: 'live' }));

    const result = sandbox.stageflow(sub, ['config']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      `# source: ${join(dir, '.stageflowrc.json')}`,
      `# read by the hooks, which look it up from the git root (${dir}), where git runs them`,
    ]);
    expect(JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))).liveStage).toBe('production');
    expect(result.stderr).toBe(
      `stageflow: the config found from this folder, ${join(sub, '.stageflowrc.json')}, is not the one the hooks read (${join(dir, '.stageflowrc.json')}, looked up from the git root (${dir}), where git runs them). ` +
        'Shown above is the one the hooks read. Move the settings there, or give this package hooks of its own (npx stageflow init in its folder adds --project to the hook lines).\n',
    );
    expect(JSON.parse(sandbox.stageflow(sub, ['config', '--json']).stdout).liveStage).toBe('production');

    // The hooks agree: a commit made in the subfolder is judged by the root's rules, not the folder's.
    writeRc({ liveStage: 'production', rules: { 'subject-min-words': 2 } });
    writeFileSync(
      join(sub, '.stageflowrc.json'),
      JSON.stringify({ liveStage: 'live', rules: { 'subject-min-words': 6 } }),
    );
    bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/words' });
    expect(sandbox.git(sub, 'commit', '-q', '--allow-empty', '-m', 'Add logins').code).toBe(0);

    // Asked for by --project, the folder's config is shown, marked as not the hooks' one.
    const asked = sandbox.stageflow(dir, ['config', '--project', 'functions']);
    expect(asked.stdout.split('\n')[1]).toBe(
      `# NOT read by the hooks: they read ${join(dir, '.stageflowrc.json')}, looked up from the git root (${dir}), where git runs them`,
    );
    expect(JSON.parse(asked.stdout.slice(asked.stdout.indexOf('{'))).liveStage).toBe('live');
    expect(asked.stderr).toContain('This is the config of the folder asked for; the hooks read the one above.');
  });

  it('stage and status in a subfolder read the config the hooks read, as config shows it', () => {
    const sub = join(dir, 'sub');
    sandbox.run('mkdir', ['-p', sub]);
    writeFileSync(join(sub, '.stageflowrc.json'), JSON.stringify({ liveStage: 'production' }));
    expect(JSON.parse(sandbox.stageflow(sub, ['config', '--json']).stdout).liveStage).toBe('prod');
    expect(sandbox.stageflow(sub, ['stage', 'main']).stdout).toBe('prod\n');
    bootstrap(sandbox, project, {});
    sandbox.gitOk(dir, 'switch', '-q', 'main');
    expect(sandbox.stageflow(sub, ['status']).stdout).toContain('main: the live code, deployed as stage "prod".');
    writeRc({ liveStage: 'live' });
    expect(sandbox.stageflow(sub, ['stage', 'main']).stdout).toBe('live\n');
    expect(sandbox.stageflow(sub, ['status']).stdout).toContain('deployed as stage "live"');
  });

  it("in a subfolder whose own config is not valid JSON, shows the hooks' config with a warning, exit 0", () => {
    writeRc({ liveStage: 'live' });
    const sub = join(dir, 'sub');
    sandbox.run('mkdir', ['-p', sub]);
    writeFileSync(join(sub, '.stageflowrc.json'), '{ "liveStage": "production", }');
    const result = sandbox.stageflow(sub, ['config']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      `# source: ${join(dir, '.stageflowrc.json')}`,
      `# read by the hooks, which look it up from the git root (${dir}), where git runs them`,
    ]);
    expect(JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))).liveStage).toBe('live');
    expect(result.stderr).toMatch(
      new RegExp(
        `^stageflow: the config found from this folder cannot be read, and it is not the one the hooks read \\(${join(dir, '.stageflowrc.json').replace(/[.]/g, '\\.')}, looked up from the git root .*\\), shown above:\n  ${join(sub, '.stageflowrc.json').replace(/[.]/g, '\\.')} is not valid JSON: `,
      ),
    );
    expect(sandbox.stageflow(sub, ['stage', 'main']).stdout).toBe('live\n');
    // Asked for by --project, the broken file is the answer: an error, as before.
    expect(sandbox.stageflow(dir, ['config', '--project', 'sub']).code).toBe(2);
  });

  it('follows the --project of the installed hook runner, as the hooks do', () => {
    const sub = join(dir, 'functions');
    sandbox.run('mkdir', ['-p', sub]);
    writeFileSync(join(sub, '.stageflowrc.json'), JSON.stringify({ liveStage: 'live' }));
    // The package below the root runs its prepare script: the runner passes --project functions.
    writeFileSync(
      join(sub, 'package.json'),
      JSON.stringify({ name: 'functions', private: true, scripts: { prepare: 'stageflow install-hooks' } }),
    );
    installHooks(sandbox, sub);
    expect(readFileSync(join(dir, '.git', 'hooks', 'commit-msg'), 'utf8')).toContain(
      ' hook commit-msg --project functions "$1"',
    );

    for (const cwd of [dir, sub]) {
      const result = sandbox.stageflow(cwd, ['config']);
      expect(result.stdout.split('\n').slice(0, 2)).toEqual([
        `# source: ${join(sub, '.stageflowrc.json')}`,
        '# read by the hooks, which look it up from functions (--project functions in their hook lines)',
      ]);
    }
    expect(sandbox.stageflow(sub, ['config']).stderr).toBe('');
    expect(sandbox.stageflow(dir, ['config']).stderr).toContain(
      `the config found from this folder, the defaults (no config file found), is not the one the hooks read (${join(sub, '.stageflowrc.json')}`,
    );
  });

  it('refuses an unknown option with its usage, and prints help', () => {
    const wrong = sandbox.stageflow(dir, ['config', '--jsno']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Usage: stageflow config');
    const help = sandbox.stageflow(dir, ['config', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: stageflow config [--json] [--project <dir>]');
  });

  it('the config changes what the hooks allow, as soon as it is saved', () => {
    bootstrap(sandbox, project);
    expect(sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler').code).not.toBe(0);
    writeRc({ branches: { unprotected: ['main'] } });
    expect(sandbox.git(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler').code).toBe(0);
    writeRc({ branches: { unprotected: [] } });
    expect(sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler').code).not.toBe(0);
  });

  describe('a wrong config stops every hook with the file, the JSON path, what is wrong, what is expected, and exit code 2', () => {
    const wrong = { branches: { unprotect: ['main'], stageMaxLength: 0 }, rules: { 'subject-max-length': '72' } };
    const expectReport = (output: string, file: string) => {
      expect(output).toContain(`stageflow: the config in ${file} is invalid:`);
      expect(output).toContain('branches.unprotect: unknown key; did you mean "unprotected"?');
      expect(output).toContain('branches.stageMaxLength: expected a positive whole number, e.g. 32, got 0');
      expect(output).toContain(
        'rules.subject-max-length: expected a positive whole number, or false to switch the rule off, got "72"',
      );
      expect(output).toContain('Fix it, then check the result with: npx stageflow config');
    };

    it('pre-commit, through git commit', () => {
      bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/add-login' });
      writeRc(wrong);
      const file = join(dir, '.stageflowrc.json');
      const result = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
      expect(result.code).not.toBe(0);
      expectReport(result.output, file);
      // The runner starts no stageflow at pre-commit: commit-msg stops the commit.
      expect(result.output).not.toContain('script failed');
      const direct = sandbox.stageflow(dir, ['hook', 'pre-commit']);
      expect(direct.code).toBe(2);
      expectReport(direct.stderr, file);
      expect(sandbox.stageflow(dir, ['config']).code).toBe(2);
    });

    it('commit-msg, in package.json', () => {
      bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/add-login' });
      writePackage(wrong);
      const result = sandbox.git(dir, 'commit', '--no-verify', '--allow-empty', '-m', 'Add the login form handler');
      expect(result.code).toBe(0); // --no-verify skips both commit hooks
      writeFileSync(sandbox.path('msg'), 'Add the login form handler\n');
      const direct = sandbox.stageflow(dir, ['hook', 'commit-msg', sandbox.path('msg')]);
      expect(direct.code).toBe(2);
      expectReport(direct.stderr, `${join(dir, 'package.json')} ("stageflow" key)`);
    });

    it('pre-push, through git push, and the remote does not move', () => {
      bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/add-login' });
      sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '-m', 'Add the login form handler');
      writeRc(wrong);
      const before = refsOf(sandbox, project.remote);
      const result = sandbox.git(dir, 'push', 'origin', 'work/jane-doe/add-login');
      expect(result.code).not.toBe(0);
      expectReport(result.output, join(dir, '.stageflowrc.json'));
      expect(result.output).not.toContain('script failed');
      expect(refsOf(sandbox, project.remote)).toBe(before);
    });

    it('a file that is not JSON', () => {
      bootstrap(sandbox, project, { stage: 'login', work: 'work/jane-doe/add-login' });
      writeRc('{ "branches": { "unprotected": ["main"], }, // a comment\n}');
      const result = sandbox.git(dir, 'commit', '--allow-empty', '-m', 'Add the login form handler');
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`stageflow: ${join(dir, '.stageflowrc.json')} is not valid JSON`);
      expect(result.output).toContain('no comments, no trailing commas');
      // The runner starts no stageflow at pre-commit: commit-msg stops the commit.
      expect(result.output).not.toContain('script failed');
    });

    it('a file that is not JSON: the error names the line and column, not a position', () => {
      writeRc('{\n  "branches": {\n    "main": "main"\n    "stagePrefix": "stage/"\n  }\n}\n');
      const result = sandbox.stageflow(dir, ['config']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `stageflow: ${join(dir, '.stageflowrc.json')} is not valid JSON: Expected ',' or '}' after property value at line 4, column 5`,
      );
      expect(result.stderr).not.toContain('position');
    });

    it('a config that is not an object', () => {
      writeRc('["main"]');
      const result = sandbox.stageflow(dir, ['config']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        '(top level): expected an object with keys branches, rules, severity, ignoreReleases, remote, fetchTimeoutMs, liveStage, sync, protect, deploy, got ["main"]',
      );
    });
  });
});
