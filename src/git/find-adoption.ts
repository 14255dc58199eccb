import { runGit } from './run-git.js';

// Where stageflow's traces live: its config (package.json's "stageflow" key or dependency, the rc
// file) and the hook files that call it, in the repository's root or any package below it.
const TRACES = [':(glob)**/package.json', ':(glob)**/.stageflowrc.json', ':(glob)**/.husky/*'];

/**
 * The commit that adopted stageflow: the oldest in the history of `tips` that changed how often
 * "stageflow" appears in its config or hook files. Undefined when none did. One git process,
 * run only when a push is about to be refused over commit messages.
 */
export async function findAdoption(tips: readonly string[], cwd: string): Promise<string | undefined> {
  if (tips.length === 0) return undefined;
  const result = await runGit(
    ['log', '--format=%H', '-S', 'stageflow', '--topo-order', '--reverse', ...tips, '--', ...TRACES],
    { cwd },
  );
  if (result.code !== 0) return undefined;
  return result.stdout.split('\n')[0] || undefined;
}
