import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProject } from '../helpers/new-project.js';
import type { Project, Sandbox } from '../helpers/sandbox.js';
import { PACKAGE_ROOT } from '../helpers/sandbox.js';
import { repositoryState } from './state.js';

const GOOD = 'Add the login form handler';

describe('hostile config', () => {
  let sandbox: Sandbox;
  let project: Project;
  beforeEach(() => ({ sandbox, project } = newProject({ stage: 'login', work: 'work/jane-doe/login-form' })));
  afterEach(() => sandbox.cleanup());

  const writeRc = (text: string) => writeFileSync(join(project.dir, '.stageflowrc.json'), text);

  /** A commit through the real hooks is refused for the config, and nothing changes. */
  function expectRefusedCommit(...expected: string[]): string {
    const before = repositoryState(sandbox, project.dir);
    const refused = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', GOOD);
    expect(refused.code).toBe(1);
    for (const text of expected) expect(refused.output).toContain(text);
    expect(refused.output).toContain('then check the result with: npx stageflow config');
    expect(refused.output).not.toMatch(/\n\s+at /);
    expect(repositoryState(sandbox, project.dir)).toBe(before);
    // `stageflow config` says the same, with the usage exit code.
    const config = sandbox.stageflow(project.dir, ['config']);
    expect(config.code).toBe(2);
    for (const text of expected) expect(config.stderr).toContain(text);
    return refused.output;
  }

  it('refuses invalid JSON, names the file and the parse error', () => {
    writeRc('{ "branches": { "main": "main", } }\n');
    const rc = join(project.dir, '.stageflowrc.json');
    const before = repositoryState(sandbox, project.dir);
    const refused = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', GOOD);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`stageflow: ${rc} is not valid JSON:`);
    expect(refused.output).toContain('it must be plain JSON: no comments, no trailing commas');
    expect(refused.output).toContain('then run: npx stageflow config');
    expect(repositoryState(sandbox, project.dir)).toBe(before);
    expect(sandbox.stageflow(project.dir, ['config']).code).toBe(2);
  });

  it('refuses a package.json that is not JSON, since the config may live in it', () => {
    writeFileSync(join(project.dir, 'package.json'), '{ "name": "project", \n');
    const refused = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', GOOD);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`${join(project.dir, 'package.json')} is not valid JSON`);
  });

  it('names unknown keys and the key that was probably meant', () => {
    writeRc(JSON.stringify({ branches: { stagPrefix: 'stage/' }, rulez: {}, rules: { 'subject-min-word': 2 } }));
    expectRefusedCommit(
      `the config in ${join(project.dir, '.stageflowrc.json')} is invalid`,
      'branches.stagPrefix: unknown key; did you mean "stagePrefix"?',
      'rulez: unknown key; did you mean "rules"?',
      'rules.subject-min-word: unknown key; did you mean "subject-min-words"?',
    );
  });

  it('names values of the wrong type, what is expected and what was found', () => {
    writeRc(
      JSON.stringify({
        branches: { stageMaxLength: '32', allowed: 'renovate/**' },
        rules: { 'subject-min-words': -1 },
        remote: 7,
      }),
    );
    expectRefusedCommit(
      'branches.stageMaxLength: expected a positive whole number, e.g. 32, got "32"',
      'branches.allowed: expected a list of branch globs, e.g. ["renovate/**", "dependabot/**"], got "renovate/**"',
      'rules.subject-min-words: expected a positive whole number, or false to switch the rule off, got -1',
      'remote: expected a remote name, e.g. "origin", got 7',
    );
  });

  it('refuses a top level that is not an object', () => {
    writeRc('[]');
    expectRefusedCommit('(top level): expected an object with keys branches, rules');
  });

  it('refuses an invalid regular expression for ticket-pattern', () => {
    writeRc(JSON.stringify({ rules: { 'ticket-pattern': '([A-Z]+-\\d+' } }));
    expectRefusedCommit(
      'rules.ticket-pattern: not a pattern stageflow can run (missing closing ): `([A-Z]+-\\d+`): patterns run on RE2',
    );
  });

  it('with both config files, says which one wins and applies it', () => {
    writeRc(JSON.stringify({ rules: { 'subject-min-words': 6 } }));
    writeFileSync(
      join(project.dir, 'package.json'),
      JSON.stringify({ name: 'project', stageflow: { rules: { 'subject-min-words': 1 } } }),
    );
    const refused = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', GOOD);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      `both ${join(project.dir, '.stageflowrc.json')} and the "stageflow" key of ${join(project.dir, 'package.json')} hold a config; .stageflowrc.json wins. Remove one of them.`,
    );
    expect(refused.output).toContain('the subject has 5 words; at least 6 are needed');
    const config = sandbox.stageflow(project.dir, ['config']);
    expect(config.code).toBe(0);
    expect(config.stdout).toContain(`# source: ${join(project.dir, '.stageflowrc.json')}`);
    expect(config.stderr).toContain('.stageflowrc.json wins');
  });

  it('applies a fixed config at once, and survives a corrupt cache', () => {
    writeRc(JSON.stringify({ rules: { 'subject-min-words': 'three' } }));
    expect(sandbox.git(project.dir, 'commit', '--allow-empty', '-m', GOOD).code).toBe(1);
    writeRc(JSON.stringify({ rules: { 'subject-min-words': 3 } }));
    expect(sandbox.git(project.dir, 'commit', '--allow-empty', '-m', GOOD).code).toBe(0);

    const cache = join(project.dir, 'node_modules', '.cache', 'stageflow');
    mkdirSync(cache, { recursive: true });
    const files = readdirSync(cache);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) writeFileSync(join(cache, file), '{ not json');
    const again = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', 'Add the logout button handler');
    expect(again.output).not.toContain('✖');
    expect(again.code).toBe(0);

    // JSON that matches the config's text but holds no usable config.
    for (const file of readdirSync(cache)) {
      const entry = JSON.parse(readFileSync(join(cache, file), 'utf8')) as { config: unknown };
      writeFileSync(join(cache, file), JSON.stringify({ ...entry, config: {} }));
    }
    const damaged = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', 'Add the password reset handler');
    expect(damaged.output).not.toContain('internal error');
    expect(damaged.code).toBe(0);

    // An entry an earlier build of the same version wrote (its format then: 1:<version>); its rules lack a key this build has.
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const file of readdirSync(cache)) {
      const entry = JSON.parse(readFileSync(join(cache, file), 'utf8')) as {
        version: string;
        config: { rules: Record<string, unknown> };
      };
      const rules = Object.fromEntries(Object.entries(entry.config.rules).slice(1));
      writeFileSync(
        join(cache, file),
        JSON.stringify({ ...entry, version: `1:${version}`, config: { ...entry.config, rules } }),
      );
    }
    const older = sandbox.git(project.dir, 'commit', '--allow-empty', '-m', 'Add the session expiry handler');
    expect(older.output).not.toContain('internal error');
    expect(older.code).toBe(0);
    expect(readFileSync(join(cache, readdirSync(cache)[0] ?? ''), 'utf8')).not.toContain(`"1:${version}"`);
  });
});
