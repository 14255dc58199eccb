import { parseRefTips, REF_TIP_FORMAT, type RefTip } from '../core/start/ref-tips.js';
import { gitOutput } from './run-git.js';

/** Every local branch and every branch of `remote` as last fetched, in one git process. */
export async function listRefTips(remote: string, cwd: string): Promise<RefTip[]> {
  const output = await gitOutput(['for-each-ref', `--format=${REF_TIP_FORMAT}`, 'refs/heads/', `refs/remotes/${remote}/`], { cwd });
  return parseRefTips(output);
}
