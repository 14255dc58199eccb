import { join } from 'node:path';
import { chooseCommitFix } from '../../core/branch/choose-commit-fix.js';
import { judgeCommit } from '../../core/branch/judge-commit.js';
import { mergedBranch } from '../../core/branch/merged-branch.js';
import type { Config } from '../../core/config/types.js';
import { readText } from '../../fs/read-file-state.js';
import { readTakenBranches } from '../../git/branches.js';
import { readEngineer } from '../../git/read-engineer.js';
import { type Repository, readHead } from '../../git/repository.js';

export type BranchJudgement =
  /** `notice`: what the first commit of a repository is told, else ''. */
  | { allowed: true; notice: string }
  /** `merge`: a merge is being committed, whose fixes conclude it with `git commit --no-edit`. */
  | { allowed: false; text: string; merge: boolean };

/**
 * May a commit be made on the branch HEAD names? Asked by commit-msg for every commit (pre-commit
 * starts no node), and by pre-merge-commit, which `git merge` runs when it commits a merge itself.
 * For such a merge git writes MERGE_HEAD only after pre-merge-commit: `merging` says it is one.
 */
export async function judgeBranch(
  config: Config,
  merging: boolean,
  found: Promise<Repository>,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<BranchJudgement> {
  const repository = await found;
  const head = await readHead(repository);
  const verdict = judgeCommit(head, config.branches);
  if (verdict.allowed) {
    const notice =
      verdict.why === 'first-commit' && head.branch ? (await commitText()).firstCommitNotice(head.branch, config) : '';
    return { allowed: true, notice };
  }
  // Only a refused commit pays for this git process (and, with reftable refs only, one listing the branches).
  const [engineerName, taken, { commitBlockedText }] = await Promise.all([
    readEngineer(cwd),
    readTakenBranches(repository),
    commitText(),
  ]);
  const merged =
    merging || head.operation === 'merge'
      ? mergedBranch(githeadNames(env), readText(join(repository.gitDir, 'MERGE_MSG')), config.remote)
      : undefined;
  const operation = merging ? 'merge' : head.operation;
  const refusal = chooseCommitFix(verdict, {
    branches: config.branches,
    engineerName,
    operation,
    merge: merging,
    taken,
    merged,
  });
  const text = commitBlockedText(refusal, config, operation, merging);
  return { allowed: false, text, merge: merging || head.operation === 'merge' };
}

/** Loaded only to speak: an accepted commit does not load the text, nor picocolors with it. */
const commitText = () => import('../../messages/commit-text.js');

/** What `git merge` names the merged commits by while its hooks run: GITHEAD_<sha>=<name as typed>. */
function githeadNames(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env).flatMap(([key, value]) => (key.startsWith('GITHEAD_') && value ? [value] : []));
}
