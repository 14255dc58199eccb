/**
 * JSON.parse's error with the place as a person finds it in an editor: V8 says "at position 73"
 * (newer V8 adds "(line 4 column 5)"); this says "at line 4, column 5". `text` is what was parsed.
 */
export function describeJsonError(text: string, message: string): string {
  const positioned = /^(.*?)\s+in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  if (positioned) return `${positioned[1]} at ${lineAndColumn(text, Number(positioned[2]))}`;
  if (/^Unexpected end of JSON input/.test(message))
    return `the file ends too early, at ${lineAndColumn(text, text.length)}`;
  return message;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, Math.min(position, text.length));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
