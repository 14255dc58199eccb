/** `chore:` or `chore(release):`, as commitlint's default ignores read it; `release:` too. */
const RELEASE_PREFIX = /^(?:chore|release)(?:\([^()]*\))?: */;
/** What release tools write before or instead of the version: `Release v1.2.3`, `start v0.4.21`, `version bump`. */
const RELEASE_WORDS = /^(?:(?:release|version|start|bump(?: to)?)\s+)?/i;
const VERSION_BUMP = /^(?:version bump|bump(?: the)? version)$/i;
/** Whatever prefix a version bump has (`cli: bump version`), it is one. */
const ANY_PREFIX = /^[A-Za-z]+(?:\([^()]*\))?!?: */;
/** GitHub's ` (#1234)` after a squash-merged release, and an excited `1.0.0!`. */
const RELEASE_SUFFIX = /(?: \(#\d{1,12}\))?!?$/;
/** A semantic version, with the `v` npm and git tags put before it. */
const SEMVER =
  /^v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** Every release subject has a version's `1.2` (SEMVER), or says "version" (VERSION_BUMP). */
const MAYBE_RELEASE = /[0-9]\.[0-9]|version/i;
/** Longer is no version: the patterns above never see a long subject. */
const LONGEST = 200;

/** A subject that is only a version (`1.2.3`, `v1.2.3`, `chore(release): 1.2.3`, `Release v1.2.3`, `version bump`): what `npm version` and release tools commit. */
export function isReleaseSubject(subject: string): boolean {
  if (subject.length > LONGEST || !MAYBE_RELEASE.test(subject)) return false;
  const rest = subject.replace(RELEASE_PREFIX, '').trim().replace(RELEASE_SUFFIX, '');
  return VERSION_BUMP.test(rest.replace(ANY_PREFIX, '')) || SEMVER.test(rest.replace(RELEASE_WORDS, ''));
}
