import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './sandbox.js';

/** The @octokit/openapi release that the installed @octokit/openapi-types was generated from. */
function describedVersion(): string {
  const types = JSON.parse(
    readFileSync(join(PACKAGE_ROOT, 'node_modules', '@octokit', 'openapi-types', 'package.json'), 'utf8'),
  ) as { octokit?: { 'openapi-version'?: string } };
  const version = types.octokit?.['openapi-version'];
  if (!version)
    throw new Error('@octokit/openapi-types does not name the @octokit/openapi version it was generated from');
  return version;
}

/**
 * GitHub's published OpenAPI description (api.github.com.json, 13 MB) from @octokit/openapi, the
 * same release the types come from. That package unpacks to ~390 MB of variants, so it is never a
 * dependency: the tarball (29 MB, a few seconds) is fetched with npm pack, checked against the
 * registry's integrity hash by npm, and only this one file is kept, in node_modules/.cache.
 */
export function githubDescriptionFile(): string {
  const version = describedVersion();
  const cache = join(PACKAGE_ROOT, 'node_modules', '.cache', 'stageflow-tests', `octokit-openapi-${version}`);
  const file = join(cache, 'api.github.com.json');
  if (existsSync(file)) return file;

  mkdirSync(join(cache, '..'), { recursive: true });
  const work = mkdtempSync(join(cache, '..', 'fetch-'));
  try {
    const pack = spawnSync('npm', ['pack', `@octokit/openapi@${version}`, '--pack-destination', work, '--silent'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (pack.status !== 0)
      throw new Error(`npm pack @octokit/openapi@${version} failed (${pack.status ?? pack.signal}): ${pack.stderr}`);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack @octokit/openapi@${version} left no tarball in ${work}`);
    const untar = spawnSync('tar', ['-xzf', tarball, 'package/generated/api.github.com.json'], {
      cwd: work,
      encoding: 'utf8',
    });
    if (untar.status !== 0)
      throw new Error(`tar could not take api.github.com.json out of ${tarball}: ${untar.stderr}`);
    mkdirSync(cache, { recursive: true });
    renameSync(join(work, 'package', 'generated', 'api.github.com.json'), file);
    return file;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
