/** `chore:` or `chore(release):`, as commitlint's default ignores read it; `release:` too. */
const RELEASE_PREFIX = /^(?:chore|release)(?:\([^()]*\))?: */;
/** A semantic version, with the `v` npm and git tags put before it. */
const SEMVER = /^v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** Longer is no version: the patterns above never see a long subject. */
const LONGEST = 200;

/** A subject that is only a version (`1.2.3`, `v1.2.3`, `chore(release): 1.2.3`): what `npm version` and release tools commit. */
export function isReleaseSubject(subject: string): boolean {
  if (subject.length > LONGEST) return false;
  return SEMVER.test(subject.replace(RELEASE_PREFIX, '').trim());
}
