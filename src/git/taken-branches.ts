import { gitOutput } from './run-git.js';
import { readRefStorage, refExists, type Repository } from './repository.js';

/**
 * Whether a branch of that name exists (or a branch below it, which blocks the name too), for
 * suggesting a name nobody has taken yet. Refusal paths only. Read from the ref files without a
 * git process; when the files do not show the refs (reftable), one git process lists them.
 */
export async function readTakenBranches(repository: Repository): Promise<(name: string) => boolean> {
  const { commonDir } = repository;
  if (readRefStorage(commonDir) === 'files') return (name) => refExists(commonDir, `refs/heads/${name}`);
  const output = await gitOutput([`--git-dir=${repository.gitDir}`, 'for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/'], { isolate: true });
  const names = output.split('\n').filter(Boolean);
  return (name) => names.some((taken) => taken === name || taken.startsWith(`${name}/`));
}
