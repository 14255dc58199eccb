import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isExecutable, isFile } from '../fs/read-file-state.js';
import { findRepository } from '../git/repository.js';
import { posixRelative } from './find-package.js';

/** Hooks of git's own folder, which stop running once core.hooksPath names husky's. */
export interface GitHooks {
  /** `.git/hooks`, relative to the git root (posix). */
  dir: string;
  /** The executable hooks in it that are not git's `*.sample` files. */
  names: string[];
}

export async function findGitHooks(topLevel: string): Promise<GitHooks> {
  const { commonDir } = await findRepository(topLevel);
  const dir = join(commonDir, 'hooks');
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    entries = [];
  }
  const names = entries.filter(
    (name) => !name.endsWith('.sample') && isFile(join(dir, name)) && isExecutable(join(dir, name)),
  );
  return { dir: posixRelative(topLevel, dir), names };
}
