/** The markers `git commit --fixup/--squash` write, which `git rebase -i --autosquash` folds away. */
export const AUTOSQUASH_SUBJECT = /^(?:fixup|squash|amend)! /;

const GIT_WRITTEN_SUBJECTS = [/^Merge /, /^Revert "/, /^Reapply "/, AUTOSQUASH_SUBJECT];

/** Subjects that git itself writes (merges, reverts, `Reapply "` of a reverted revert, autosquash markers) are not judged. */
export function isGitGenerated(subject: string): boolean {
  return GIT_WRITTEN_SUBJECTS.some((pattern) => pattern.test(subject));
}
