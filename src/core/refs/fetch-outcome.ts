export type FetchOutcome = { ok: true } | { ok: false; why: 'no-remote' | 'timeout' | 'failed'; detail: string };
