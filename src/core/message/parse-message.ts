export interface ParsedMessage {
  /** The whole cleaned message. */
  text: string;
  subject: string;
  /** The line after the subject: empty when the body is separated properly. */
  secondLine: string | undefined;
  body: string;
  /** The subject without a Conventional Commits `type(scope)!: ` prefix. */
  description: string;
}

const CONVENTIONAL_PREFIX = /^([a-zA-Z]+)(\([^()\n]*\))?(!)?: /;

export function parseMessage(text: string): ParsedMessage {
  const lines = text.split('\n');
  const subject = lines[0] ?? '';
  return {
    text,
    subject,
    secondLine: lines[1],
    body: lines.slice(1).join('\n').trim(),
    description: subject.replace(CONVENTIONAL_PREFIX, '').trim(),
  };
}

export function conventionalType(subject: string): string | undefined {
  return CONVENTIONAL_PREFIX.exec(subject)?.[1];
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
