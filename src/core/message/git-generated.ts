const GIT_WRITTEN_SUBJECTS = [/^Merge /, /^Revert "/, /^Reapply "/, /^fixup! /, /^squash! /, /^amend! /];

/** Subjects that git itself writes (merges, reverts, `Reapply "` of a reverted revert, autosquash markers) are not judged. */
export function isGitGenerated(subject: string): boolean {
  return GIT_WRITTEN_SUBJECTS.some((pattern) => pattern.test(subject));
}
