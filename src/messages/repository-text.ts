/** Any command run outside a git repository. */
export function notInRepositoryText(cwd: string): string {
  return `stageflow: not a git repository (${cwd}): stageflow guards the branches of a git repository.\n  Run it inside one, or create one with: git init`;
}
