import type { Config } from '../../core/config/types.js';
import { branchOfTip } from '../../core/start/ref-tips.js';
import { behindMain, behindMainPairs, type SharedTip } from '../../core/status/behind-main.js';
import { ExitCode } from '../../exit-codes.js';
import { listRefTips } from '../../git/branches.js';
import { countTipPairs } from '../../git/commit-graph.js';
import { behindMainMarkdown, behindMainText, noMainText } from '../../messages/behind-main-text.js';
import type { CommandResult } from '../command.js';

/**
 * `status --behind-main [--markdown]`: the stages and open work branches main has moved past, as
 * the team shares them (the remote's branches as last fetched; local ones where the remote has no
 * copy). Three git processes however many branches.
 */
export async function statusBehindMain(config: Config, markdown: boolean, cwd: string): Promise<CommandResult> {
  const { remote, branches } = config;
  const tips = new Map<string, SharedTip>();
  for (const tip of await listRefTips(remote, cwd)) {
    const of = branchOfTip(tip.ref, remote);
    if (of && (of.side === 'remote' || !tips.has(of.branch))) tips.set(of.branch, { branch: of.branch, sha: tip.sha });
  }
  const main = tips.get(branches.main);
  if (main === undefined) return { code: ExitCode.blocked, stderr: noMainText(branches.main, remote) };
  const { counts } = await countTipPairs(behindMainPairs([...tips.values()], main.sha), cwd);
  const report = behindMain(main, [...tips.values()], counts, branches);
  return { code: ExitCode.ok, stdout: markdown ? behindMainMarkdown(report) : behindMainText(report) };
}
