import { join } from 'node:path';
import { requireWithCodeCache } from './cli/code-cache.js';

/**
 * dist/cli.js, the bin: `stageflow hook <name>` loads dist/hooks.js (the hook command alone, less
 * code to load on each commit) with V8's code from the last run, and everything else dist/main.js.
 * The build emits CommonJS, where require and __dirname are node's own.
 */
const HOOKS = new Set(['pre-commit', 'commit-msg', 'pre-push', 'pre-merge-commit']);
const [command, hook] = process.argv.slice(2);
if (command === 'hook' && hook !== undefined && HOOKS.has(hook)) {
  // The hooks run at the top of the work tree, beside node_modules (the config's cache is in .cache/stageflow).
  requireWithCodeCache(
    join(__dirname, 'hooks.js'),
    join(process.cwd(), 'node_modules', '.cache', 'stageflow-code'),
    hook,
  );
} else {
  require(join(__dirname, command === 'hook' ? 'hooks.js' : 'main.js'));
}
