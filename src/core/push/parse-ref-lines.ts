export interface RefUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

export interface ParsedRefLines {
  updates: RefUpdate[];
  /** Lines that are not `<local ref> <local sha> <remote ref> <remote sha>`. */
  malformed: string[];
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isZeroId(sha: string): boolean {
  return /^0+$/.test(sha);
}

/** Parses what git writes to the pre-push hook's standard input. */
export function parseRefLines(input: string): ParsedRefLines {
  const updates: RefUpdate[] = [];
  const malformed: string[] = [];
  for (const line of input.split('\n')) {
    if (line.trim() === '') continue;
    const fields = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = fields;
    if (
      fields.length !== 4 ||
      !OBJECT_ID.test(localSha!) ||
      !OBJECT_ID.test(remoteSha!) ||
      localSha!.length !== remoteSha!.length ||
      !remoteRef!.startsWith('refs/')
    ) {
      malformed.push(line);
      continue;
    }
    updates.push({ localRef: localRef!, localSha: localSha!, remoteRef: remoteRef!, remoteSha: remoteSha! });
  }
  return { updates, malformed };
}
