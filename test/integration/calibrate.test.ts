import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, Sandbox } from '../helpers/sandbox.js';

const SCRIPT = join(PACKAGE_ROOT, 'scripts', 'calibrate.mjs');

/** `npm run calibrate` on a made-up history laid out as `git clone --bare` into DIR/owner+name leaves it. */
describe('npm run calibrate', () => {
  let sandbox: Sandbox;
  let labels: string;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    sandbox = new Sandbox();
    const work = sandbox.path('work');
    sandbox.gitOk(sandbox.root, 'init', '-q', work);
    // The last one is labelled vague on purpose: any rules accept it, so it is a miss to report.
    const subjects = ['Add the orders table to the stack', 'fix', 'Add a retry to the payment webhook handler'];
    for (const subject of subjects) ids[subject] = commit(work, subject);
    sandbox.gitOk(sandbox.root, 'clone', '-q', '--bare', work, sandbox.path('snapshots', 'acme+orders'));
    labels = sandbox.path('labels.tsv');
    writeFileSync(
      labels,
      '# repo\tcommit\tlabel\n' +
        `acme/orders\t${ids['Add the orders table to the stack']}\tuseful\tS\n` +
        `acme/orders\t${ids.fix}\tvague\tG\n` +
        `acme/orders\t${ids['Add a retry to the payment webhook handler']}\tvague\tG\n`,
    );
  });
  afterAll(() => sandbox.cleanup());

  function commit(dir: string, subject: string): string {
    sandbox.gitOk(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', subject);
    return sandbox.gitOk(dir, 'rev-parse', 'HEAD');
  }

  it('counts the labelled commits the rules refuse, and names the misjudged ones with --misses', () => {
    const result = sandbox.run(process.execPath, [
      SCRIPT,
      '--labels',
      labels,
      '--snapshots',
      sandbox.path('snapshots'),
      '--misses',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^acme\/orders +useful +1 refused +0 +vague +2 refused +1$/m);
    expect(result.stdout).toContain('useful refused: 0.0%   vague refused: 50.0%');
    expect(result.stdout).toMatch(/^acme\/orders +33\.3% \(1 of 3\)$/m);
    expect(result.stdout).toMatch(
      new RegExp(
        `^vague +G +\\(accepted\\) +acme/orders ${ids['Add a retry to the payment webhook handler']!.slice(0, 10)}  Add a retry to the payment webhook handler$`,
        'm',
      ),
    );
    expect(result.stdout).not.toContain(`${ids.fix!.slice(0, 10)}`);
  });

  it('says how to get the histories and exits 0 when they are absent', () => {
    const result = sandbox.run(process.execPath, [
      SCRIPT,
      '--labels',
      labels,
      '--snapshots',
      sandbox.path('nothing-here'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`No labelled history was found in ${sandbox.path('nothing-here')}.`);
    expect(result.stdout).toContain(`git clone --bare https://github.com/acme/orders.git DIR/acme+orders`);
  });

  it('reads both the tuning and the held-out labels by default', () => {
    const result = sandbox.run(process.execPath, [SCRIPT, '--snapshots', sandbox.path('nothing-here')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const repo of [
      'serverless/serverless',
      'middyjs/middy',
      'dherault/serverless-offline',
      'getlift/lift',
      'serverless/examples',
    ]) {
      expect(result.stdout).toContain(`git clone --bare https://github.com/${repo}.git DIR/${repo.replace('/', '+')}`);
    }
  });
});
