import { basename, join } from 'node:path';
import { requireWithCodeCache } from './cli/code-cache.js';

/**
 * dist/cli.js, the bin: `stageflow hook <name>` loads dist/hooks.js (the hook command alone, less
 * code to load on each commit) and `stageflow check` dist/check.js, each with V8's code from the
 * last run; everything else loads dist/main.js.
 * The build emits CommonJS, where require and __dirname are node's own.
 */
const HOOKS = new Set(['pre-commit', 'commit-msg', 'pre-push', 'pre-merge-commit']);
const [command, hook] = process.argv.slice(2);
if (command === 'hook' && hook !== undefined && HOOKS.has(hook)) {
  requireWithCodeCache(join(__dirname, 'hooks.js'), codeCacheDir(), hook);
} else if (command === 'check') {
  requireWithCodeCache(join(__dirname, 'check.js'), codeCacheDir(), 'check');
} else {
  require(join(__dirname, command === 'hook' ? 'hooks.js' : 'main.js'));
}

/**
 * In the node_modules stageflow is installed in (the config's cache is in its .cache/stageflow);
 * run from a build of stageflow's own checkout, in the node_modules where the hook runs.
 */
function codeCacheDir(): string {
  const installed = join(__dirname, '..', '..');
  const modules = basename(installed) === 'node_modules' ? installed : join(process.cwd(), 'node_modules');
  return join(modules, '.cache', 'stageflow-code');
}
