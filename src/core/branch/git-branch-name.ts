// Characters git refuses anywhere in a ref name: ASCII control characters, DEL, space, and ~ ^ : ? * [ \
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what git forbids
const FORBIDDEN = /[\x00-\x20\x7f~^:?*[\\]/;

/**
 * Whether git would take `name` as a branch name, as `git check-ref-format --branch` judges it
 * outside a repository (git's check_refname_format on `refs/heads/<name>`): no component empty, or
 * starting with `.`, or ending with `.lock`; no `..` or `@{`; not ending with `.`; no forbidden
 * character; and, for a branch, not starting with `-` and not `HEAD`.
 */
export function isGitBranchName(name: string): boolean {
  if (name === '' || name.startsWith('-') || name === 'HEAD') return false;
  if (FORBIDDEN.test(name) || name.includes('..') || name.includes('@{') || name.endsWith('.')) return false;
  return name
    .split('/')
    .every((component) => component !== '' && !component.startsWith('.') && !component.endsWith('.lock'));
}
