import { readFileSync } from 'node:fs';

export interface InvokingGit {
  /** git's command line, as the kernel keeps it. */
  argv: string[];
  /** GIT_EDITOR in git's environment as it started (unset: undefined), or null when unreadable. */
  editorEnv: string | undefined | null;
}

/** Hooks run a few processes below git: husky's runner (sh), the hook file (sh -e), then node. */
const MAX_DEPTH = 6;

/**
 * The git process that runs this hook, found by walking up the parent processes in /proc (Linux
 * only) to the first one whose program is git. A hook cannot otherwise see how git was called:
 * git passes the hook the message file and nothing of `--cleanup`, `-v` or `-e`. Undefined where
 * there is no /proc, nothing can be read, or no git is near.
 */
export function findInvokingGit(
  parentPid: number,
  platform: NodeJS.Platform = process.platform,
): InvokingGit | undefined {
  if (platform !== 'linux') return undefined;
  let pid = parentPid;
  for (let depth = 0; depth < MAX_DEPTH && pid > 1; depth++) {
    const argv = readNulSeparated(`/proc/${pid}/cmdline`);
    if (!argv || argv.length === 0) return undefined;
    const program = argv[0]!.split('/').pop()!;
    if (program === 'git' || /^git-[a-z-]+$/.test(program)) return { argv, editorEnv: editorOf(pid) };
    const parent = parentOf(pid);
    if (parent === undefined) return undefined;
    pid = parent;
  }
  return undefined;
}

function editorOf(pid: number): string | undefined | null {
  const environment = readNulSeparated(`/proc/${pid}/environ`);
  if (!environment) return null;
  const entry = [...environment].reverse().find((variable) => variable.startsWith('GIT_EDITOR='));
  return entry === undefined ? undefined : entry.slice('GIT_EDITOR='.length);
}

function parentOf(pid: number): number | undefined {
  try {
    const match = /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function readNulSeparated(path: string): string[] | undefined {
  try {
    const fields = readFileSync(path, 'utf8').split('\0');
    if (fields[fields.length - 1] === '') fields.pop();
    return fields;
  } catch {
    return undefined;
  }
}
