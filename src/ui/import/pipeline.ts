/**
 * One dropped report, bytes → joined facts: size check, decode (the engine's decode.ts), empty
 * check, extraction (the engine), join (the existing join, marked as imported).
 *
 * This module pulls in the engine, its opencc dictionaries and the gazetteer, so it is only ever
 * loaded by the import worker (./worker.ts) or by a dynamic import() — never by the main bundle.
 * Pure apart from the progress callback: tests call it directly with real bytes.
 */
import { decodeBytes, type DecodeResult } from '../../extract/decode';
import { extractDocuments } from '../../extract/index';
import type { ExtractWarning } from '../../extract/schema';
import { gazetteer } from '../../data/gazetteer';
import type { ImportedJoin } from '../../data/merge-imported';
import { joinImported } from '../../data/join-imported';
import { decodeProblem, notesFor, sizeProblem, textProblem, type ImportNote, type ImportProblem } from './problems';

export type ImportStage = 'decode' | 'extract' | 'join';
export type Encoding = Extract<DecodeResult, { ok: true }>['encoding'];

/** A successfully imported document. Structured-cloneable (it crosses the worker boundary). */
export interface ImportedDoc {
  name: string;
  /** `pasted` for text pasted into the box. */
  encoding: Encoding | 'pasted';
  bytes: number;
  /** The decoded text, kept so the user can see what was read (fact offsets point into it). */
  text: string;
  join: ImportedJoin;
  /** The engine's warnings for this document (unknown names, unattributed numbers …). */
  warnings: ExtractWarning[];
  notes: ImportNote[];
  /** The year or date the user gave for a report that states none (the extraction ran with it as meta.published). */
  date?: UserDate;
}

/** What the user typed (shown back to them) and the publication date the engine was given for it. */
export interface UserDate {
  input: string;
  published: string;
}

export type ImportOutcome = { ok: true; doc: ImportedDoc } | { ok: false; name: string; problem: ImportProblem };

/**
 * Bytes of a file, or text: pasted, or a document already imported read again with a date the user gave
 * (it keeps its encoding and size as first read).
 */
export type ImportInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; text: string; encoding?: ImportedDoc['encoding']; size?: number; date?: UserDate };

const fail = (name: string, problem: ImportProblem): ImportOutcome => ({ ok: false, name, problem });

export function runImportPipeline(input: ImportInput, onStage: (s: ImportStage) => void = () => {}): ImportOutcome {
  const { name } = input;
  let text: string;
  let encoding: ImportedDoc['encoding'];
  let bytes: number;
  if ('bytes' in input) {
    bytes = input.bytes.length;
    const tooLarge = sizeProblem(bytes);
    if (tooLarge) return fail(name, tooLarge);
    onStage('decode');
    const d = decodeBytes(input.bytes);
    if (!d.ok) return fail(name, decodeProblem(d.error));
    text = d.text;
    encoding = d.encoding;
  } else {
    text = input.text;
    bytes = input.size ?? new TextEncoder().encode(text).length;
    encoding = input.encoding ?? 'pasted';
    const tooLarge = sizeProblem(bytes);
    if (tooLarge) return fail(name, tooLarge);
  }
  const empty = textProblem(text);
  if (empty) return fail(name, empty);
  const date = 'date' in input ? input.date : undefined;
  try {
    onStage('extract');
    const extract = extractDocuments([{ name, text, ...(date ? { meta: { published: date.published } } : {}) }]);
    onStage('join');
    const join = joinImported(name, extract, gazetteer());
    return { ok: true, doc: { name, encoding, bytes, text, join, warnings: join.warnings, notes: notesFor(extract), ...(date ? { date } : {}) } };
  } catch (e) {
    // The engine should never throw on text; if it does, the user still gets a message, not a dead tab.
    return fail(name, { kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
  }
}
