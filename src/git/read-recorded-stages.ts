import { runGit } from './run-git.js';

/**
 * Every stage start-work recorded (`branch.<work-branch>.stageflowstage`), in one git process
 * however many branches are pushed. Keyed by work branch.
 */
export async function readRecordedStages(cwd: string): Promise<Map<string, string>> {
  const result = await runGit(['config', '--get-regexp', '^branch\\..*\\.stageflowstage$'], { cwd });
  const stages = new Map<string, string>();
  if (result.code !== 0) return stages;
  for (const line of result.stdout.split('\n')) {
    const space = line.indexOf(' ');
    if (space === -1) continue;
    const key = line.slice(0, space);
    stages.set(key.slice('branch.'.length, -'.stageflowstage'.length), line.slice(space + 1));
  }
  return stages;
}
