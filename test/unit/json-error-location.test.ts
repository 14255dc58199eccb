import { describe, expect, it } from 'vitest';
import { describeJsonError } from '../../src/core/json-error-location.js';

/** The message JSON.parse gives for `text` on this Node, turned into a line and column. */
const described = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, (error as Error).message);
  }
  throw new Error(`${JSON.stringify(text)} parsed`);
};

describe('describeJsonError: where the JSON breaks, as line and column', () => {
  it.each<[string, string]>([
    ['{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}' after property value at line 3, column 3"],
    ['{"a": 1,}', 'Expected double-quoted property name at line 1, column 9'],
    ['{\r\n  "a": 1,\r\n}', 'Expected double-quoted property name at line 3, column 1'],
    ['{\n  "a": [1, 2,\n', 'the file ends too early, at line 3, column 1'],
    ['', 'the file ends too early, at line 1, column 1'],
  ])('%j -> %s', (text, expected) => {
    expect(described(text)).toBe(expected);
  });

  it.each<[string, string, string]>([
    // Newer V8 adds its own line and column; ours replaces the position and theirs.
    [
      '{\n"a" 1}',
      `Expected ':' after property name in JSON at position 6 (line 2 column 5)`,
      "Expected ':' after property name at line 2, column 5",
    ],
    ['x', 'Unexpected token \'x\', "x" is not valid JSON', 'Unexpected token \'x\', "x" is not valid JSON'],
  ])('%j with %j -> %s', (text, message, expected) => {
    expect(describeJsonError(text, message)).toBe(expected);
  });
});
