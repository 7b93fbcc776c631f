/**
 * What can go wrong with a report a user drops in, and what we then tell them.
 * Pure and engine-free (it is in the main bundle): the size check runs before a file is even read,
 * the rest classifies what the decoder and the engine reported.
 *
 * Problems stop an import (nothing is added, earlier imports stay). Notes accompany a document
 * that was imported (it stays in the list with its text, even with 0 facts).
 */
import type { ExtractResult } from '../../extract/schema';
import { periodYearKnown } from '../../data/selectors';

/** 5 MB: far above any real report (the seeds are 10–60 kB), low enough to extract in seconds. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportProblem =
  | { kind: 'too_large'; bytes: number; limit: number }
  | { kind: 'binary'; detail: string }
  | { kind: 'undecodable'; detail: string }
  | { kind: 'empty' }
  | { kind: 'failed'; detail: string };

export type ImportNote =
  | { kind: 'no_year'; n: number }
  | { kind: 'no_figures' }
  | { kind: 'no_facts' }
  | { kind: 'unknown_zones'; names: string[] }
  | { kind: 'ambiguous_names'; names: string[] };

export function sizeProblem(bytes: number, limit = MAX_IMPORT_BYTES): ImportProblem | null {
  return bytes > limit ? { kind: 'too_large', bytes, limit } : null;
}

/**
 * decodeBytes (src/extract/decode.ts) explains a refusal in words; this table maps its words to
 * our kinds. Anything it does not recognise is still shown, as "cannot decode", with its words.
 */
const DECODE_ERRORS: Array<[RegExp, 'binary' | 'undecodable']> = [
  [/NUL|二进制|binary|control/i, 'binary'],
  [/编码|UTF-8|GB18030|GBK/i, 'undecodable'],
];

export function decodeProblem(error: string): ImportProblem {
  const kind = DECODE_ERRORS.find(([re]) => re.test(error))?.[1] ?? 'undecodable';
  return { kind, detail: error };
}

/** A decoded text with nothing but whitespace (including full-width spaces and BOMs) is empty. */
export function textProblem(text: string): ImportProblem | null {
  return /^[\s\u3000\ufeff]*$/.test(text) ? { kind: 'empty' } : null;
}

/** Distinct raw names from the engine's warnings of one kind, in order of appearance. */
function warnedNames(r: ExtractResult, kind: string): string[] {
  const names = new Set<string>();
  for (const w of r.warnings) {
    if (w.kind !== kind) continue;
    const raw = w.detail?.raw;
    names.add(typeof raw === 'string' ? raw : w.message);
  }
  return [...names];
}

/**
 * Figures whose year the report does not give: facts with an unspecified year (`XXXX-01/XXXX-09`), or
 * (an engine that keeps them as warnings) unknown_period warnings that carry a figure.
 */
export function undatedFigures(r: ExtractResult): number {
  let n = 0;
  for (const f of r.facts) if (!periodYearKnown(f.period)) n++;
  for (const w of r.warnings) if (w.kind === 'unknown_period' && typeof w.detail?.indicator === 'string') n++;
  return n;
}

/** What the user should know about an extraction that worked. */
export function notesFor(r: ExtractResult): ImportNote[] {
  const notes: ImportNote[] = [];
  const undated = undatedFigures(r);
  // The first thing to say about a report without a year: its figures are there, but not on the map yet.
  if (undated) notes.push({ kind: 'no_year', n: undated });
  if (r.warnings.some((w) => w.kind === 'no_figures')) notes.push({ kind: 'no_figures' });
  else if (r.facts.length === 0 && !undated) notes.push({ kind: 'no_facts' });
  const unknown = warnedNames(r, 'unknown_zone');
  if (unknown.length) notes.push({ kind: 'unknown_zones', names: unknown });
  const ambiguous = warnedNames(r, 'ambiguous_name');
  if (ambiguous.length) notes.push({ kind: 'ambiguous_names', names: ambiguous });
  return notes;
}

export interface MessageRef {
  key: string;
  params: Record<string, string | number>;
}

const mb = (bytes: number) => (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();

/** The i18n key and parameters for a problem or note about the file `name` (see ./messages.ts). */
export function messageFor(name: string, p: ImportProblem | ImportNote): MessageRef {
  switch (p.kind) {
    case 'too_large':
      return { key: 'import.err.too_large', params: { name, size: mb(p.bytes), limit: mb(p.limit) } };
    case 'binary':
    case 'undecodable':
    case 'failed':
      return { key: `import.err.${p.kind}`, params: { name, detail: p.detail } };
    case 'empty':
      return { key: 'import.err.empty', params: { name } };
    case 'no_year':
      return { key: 'import.note.no_year', params: { name, n: p.n } };
    case 'no_figures':
    case 'no_facts':
      return { key: `import.note.${p.kind}`, params: { name } };
    case 'unknown_zones':
    case 'ambiguous_names':
      return { key: `import.note.${p.kind}`, params: { name, names: p.names.join('、'), n: p.names.length } };
  }
}
