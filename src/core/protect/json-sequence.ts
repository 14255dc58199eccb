export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON values one after the other, as `gh api` in a loop or `glab api --paginate` prints them. */
export function parseJsonSequence(text: string): { ok: true; values: unknown[] } | { ok: false; detail: string } {
  const values: unknown[] = [];
  let start = -1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth < 0) return { ok: false, detail: `unexpected "${char}" at character ${i + 1}` };
      if (depth === 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)));
        } catch (error) {
          return { ok: false, detail: (error as Error).message };
        }
      }
    } else if (depth === 0 && !/\s/.test(char!)) {
      return { ok: false, detail: `expected a JSON array or object, found "${char}" at character ${i + 1}` };
    }
  }
  if (depth !== 0 || inString) return { ok: false, detail: 'the JSON ends early' };
  if (values.length === 0) return { ok: false, detail: 'the input is empty' };
  return { ok: true, values };
}
