import { COMMIT_BYPASS } from './bypass-text.js';
import { renderReport } from './render.js';

/** git could not tell where HEAD is in a repository whose refs only git can read (reftable). */
export function headUnreadableText(gitError: string): string {
  return renderReport({
    title:
      'git could not say which branch HEAD is on, so stageflow cannot tell where you are and stops (in a hook, the commit is refused)',
    details: [
      'This repository keeps its refs in a reftable (extensions.refStorage), which only git reads; git 2.45 or newer is needed for it.',
      `git said: ${gitError.trim() || '(nothing)'}`,
    ],
    fixes: [{ say: 'See which git runs, and update it if it is older than 2.45:', commands: ['git --version'] }],
    footnote: `In a commit: ${COMMIT_BYPASS}`,
  }).trimEnd();
}
