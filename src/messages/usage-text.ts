/** A command given options it does not take, or too few: git's way, the problem then the usage. */
export function badArgumentsText(command: string, problem: string, usage: string): string {
  return `stageflow: ${command}: ${problem}\n${usage}`;
}
