import type { Config } from '../../core/config/types.js';
import type { FetchOutcome } from '../../core/refs/fetch-outcome.js';
import type { RefTip } from '../../core/start/ref-tips.js';
import { listRefTips } from '../../git/branches.js';
import { fetchRemote } from '../../git/remote.js';
import { fetchingText, fetchNotice } from '../../messages/started-text.js';

export interface RefFacts {
  tips: RefTip[];
  fetched: FetchOutcome;
  /** Whether `config.remote` is configured at all (an unreachable one still counts). */
  hasRemote: boolean;
}

/**
 * Fetches the remote (bounded in time; saying on standard error that it is fetching, and saying
 * so when it fails), then reads every branch tip once.
 */
export async function gatherRefs(config: Config, cwd: string, print: (text: string) => void): Promise<RefFacts> {
  const fetched = await fetchRemote(config.remote, cwd, config.fetchTimeoutMs, () =>
    process.stderr.write(fetchingText(config.remote)),
  );
  const notice = fetchNotice(fetched, config.remote);
  if (notice) print(notice);
  const tips = await listRefTips(config.remote, cwd);
  return { tips, fetched, hasRemote: fetched.ok || fetched.why !== 'no-remote' };
}
