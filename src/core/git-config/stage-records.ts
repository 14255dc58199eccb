/**
 * The `branch.<name>.stageflowstage` records of a repository's own config file, read without a git
 * process: pre-push reads them on every push. Only the plain form `git config` writes is read here;
 * undefined when the file has anything that needs git's own reading (an include, a quoted or
 * escaped record, a continued line), and the caller asks git then.
 */
export function parseStageRecords(configText: string): Map<string, string> | undefined {
  const records = new Map<string, string>();
  let branch: string | undefined;
  for (const raw of configText.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*$/.exec(line);
      if (header === null) return undefined;
      const section = header[1]!.toLowerCase();
      // `[branch.name]`, git's older form, lowercases the name: git reads it.
      if (section === 'include' || section === 'includeif' || section.startsWith('branch.')) return undefined;
      branch = section === 'branch' && header[2] !== undefined ? header[2].replace(/\\(.)/g, '$1') : undefined;
      continue;
    }
    if (branch === undefined) continue;
    const variable = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (variable === null) return undefined;
    if (variable[1]!.toLowerCase() !== 'stageflowstage') continue;
    const value = variable[2] ?? '';
    if (/["\\]/.test(value)) return undefined;
    records.set(branch, value.replace(/\s+[#;].*$/, '').trim());
  }
  return records;
}
