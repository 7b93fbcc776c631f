/**
 * Public entry of the extraction engine: text → facts, projects, warnings.
 * Pure TypeScript, no DOM: the same code runs in Node (CLI, data build) and in the browser.
 *
 * CONTRACT (stable; the engine behind it is being built in this folder):
 *   extractDocument({ name, text, meta }) → ExtractResult for one report
 *   extractDocuments(docs)               → merged ExtractResult, plus cross-document conflict warnings
 */
import type { DocumentMeta, ExtractResult } from './schema';

export interface InputDocument {
  /** File name, used as `source.seed` (e.g. `000_ef21bc58c00ca203.txt`). */
  name: string;
  /** The original text, already decoded to a JavaScript string. */
  text: string;
  meta?: DocumentMeta;
}

export function extractDocument(_doc: InputDocument): ExtractResult {
  // Placeholder until the engine lands; returns nothing rather than inventing data.
  return { facts: [], projects: [], warnings: [] };
}

export function extractDocuments(docs: InputDocument[]): ExtractResult {
  const out: ExtractResult = { facts: [], projects: [], warnings: [] };
  for (const d of docs) {
    const r = extractDocument(d);
    out.facts.push(...r.facts);
    out.projects.push(...r.projects);
    out.warnings.push(...r.warnings);
  }
  return out;
}
