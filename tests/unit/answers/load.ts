/**
 * Reads the answer set from disk (Node only): expectation files, their texts, and per-document
 * metadata (manifest.json, same format as seeds/manifest.json). Kept apart from score.ts so the
 * scorer stays pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManifestSchema, type Manifest } from '../../../src/extract/schema';
import type { InputDocument } from '../../../src/extract/index';
import { ExpectedDocumentSchema, type ExpectedDocument } from './expected-schema';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'seeds');
export const EXPECTED_DIR = join(ROOT, 'tests', 'fixtures', 'expected');
export const HELDOUT_DIR = join(ROOT, 'tests', 'fixtures', 'heldout');

export interface AnswerCase {
  /** The expectation, validated. */
  expected: ExpectedDocument;
  /** Path of the expectation file (for messages). */
  file: string;
  /** The original text the quotes refer to. */
  text: string;
}

export function readManifest(path: string): Manifest {
  if (!existsSync(path)) return {};
  return ManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every *.json in `dir` except manifest.json, paired with its text in `textDir`. */
export function loadAnswerCases(dir: string, textDir: string): AnswerCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const expected = ExpectedDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      const text = readFileSync(join(textDir, expected.seed), 'utf8');
      return { expected, file, text };
    });
}

export function seedCases(): AnswerCase[] {
  return loadAnswerCases(EXPECTED_DIR, SEEDS_DIR);
}

export function heldoutCases(): AnswerCase[] {
  return loadAnswerCases(HELDOUT_DIR, HELDOUT_DIR);
}

/** Engine inputs for a set of cases, with metadata where the manifest has it. */
export function inputsFor(cases: AnswerCase[], manifest: Manifest): InputDocument[] {
  return cases.map((c) => {
    const doc: InputDocument = { name: c.expected.seed, text: c.text };
    const meta = manifest[c.expected.seed];
    if (meta) doc.meta = meta;
    return doc;
  });
}

export const seedManifest = (): Manifest => readManifest(join(SEEDS_DIR, 'manifest.json'));
export const heldoutManifest = (): Manifest => readManifest(join(HELDOUT_DIR, 'manifest.json'));
