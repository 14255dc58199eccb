/**
 * How a repository stores its refs, from what its files show. git 2.45+ can keep them in a
 * `reftable/` directory (`extensions.refStorage = reftable`); HEAD is then a stub naming
 * `refs/heads/.invalid` and no ref has a file of its own, so only git can say where HEAD is.
 */
export type RefStorage = 'files' | 'ask-git';

export interface RefStorageFacts {
  /** `<commonDir>/reftable` is a directory. */
  reftableDir: boolean;
  /** The text of `<commonDir>/config`, undefined when it cannot be read. */
  configText: string | undefined;
}

export function refStorageOf(facts: RefStorageFacts): RefStorage {
  if (facts.reftableDir) return 'ask-git';
  const declared = refStorageSetting(facts.configText ?? '');
  // Any backend other than files (reftable, or one still to come) keeps refs where files do not show them.
  return declared === undefined || declared.toLowerCase() === 'files' ? 'files' : 'ask-git';
}

/** `extensions.refStorage` in a git config file's text: section and key names are case-insensitive. */
export function refStorageSetting(configText: string): string | undefined {
  let inExtensions = false;
  let value: string | undefined;
  for (const raw of configText.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const section = /^\[\s*([^\]\s"]+)\s*("[^"]*")?\s*\](.*)$/.exec(line);
    const body = section ? (section[3] ?? '').trim() : line;
    // `[extensions]` itself; `[extensions "x"]` would be a subsection, which git does not read here.
    if (section) inExtensions = (section[1] ?? '').toLowerCase() === 'extensions' && section[2] === undefined;
    if (!inExtensions) continue;
    const entry = /^refstorage\s*=\s*"?([^"\s]*)"?$/i.exec(body);
    // The last setting wins, as in git.
    if (entry) value = entry[1];
  }
  return value;
}
