/**
 * The paths of the `file:` dependencies of package.json (a packed tarball or a folder), as written
 * after `file:`, relative to the package. npm records them in package-lock.json by that path, so a
 * teammate's clone installs only if the file is committed with the project.
 */
export function fileDependencies(packageJson: string): string[] {
  const json = JSON.parse(packageJson.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const paths: string[] = [];
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = json[key];
    if (deps === null || typeof deps !== 'object') continue;
    for (const spec of Object.values(deps as Record<string, unknown>)) {
      if (typeof spec === 'string' && spec.startsWith('file:') && spec.length > 'file:'.length)
        paths.push(spec.slice('file:'.length));
    }
  }
  return [...new Set(paths)];
}
