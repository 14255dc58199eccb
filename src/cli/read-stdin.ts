import { readSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * Everything on standard input (git's ref lines for pre-push), or '' from a terminal. git writes
 * a hook's input and closes it, so it is read to its end at once, without building process.stdin
 * and its stream. If a read fails (a non-blocking pipe says "not yet"), the rest is read as a
 * stream, after what was read already.
 */
export async function readStdin(): Promise<string> {
  if (isatty(0)) return '';
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(64 * 1024);
  try {
    for (let read = readSync(0, buffer); read > 0; read = readSync(0, buffer)) {
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
  } catch {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
