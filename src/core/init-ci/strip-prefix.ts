/**
 * `"${VAR#"prefix"}"`: the variable without the prefix, in POSIX sh. The prefix is double-quoted
 * inside the expansion, so a * or ? in it matches only itself.
 */
export function stripPrefixExpansion(variable: string, prefix: string): string {
  return `"\${${variable}#"${prefix.replace(/(["\\$`])/g, '\\$1')}"}"`;
}
