/**
 * Reports the user imported in this browser tab, and their figures on the map.
 *
 * Imported data lives only in memory: nothing is uploaded or stored, a reload forgets it.
 * The map layers and panels all read $atlas, so the imports are merged INTO $atlas
 * (mergeImported): the built atlas stays the base, and whenever the loader sets a new base or
 * the list of imports changes, $atlas becomes base + imports. Removing the last import restores
 * the base object itself.
 */
import { atom } from 'nanostores';
import type { Atlas } from '../data/schemas';
import { mergeImported, upsertImport } from '../data/merge-imported';
import type { ImportedDoc, ImportStage } from '../ui/import/pipeline';
import type { ImportProblem } from '../ui/import/problems';
import { $atlas } from './stores';

/** Imported documents, in import order; one per file name (a re-import replaces). */
export const $imports = atom<ImportedDoc[]>([]);

/** What the import is doing right now: shown as progress text. */
export type ImportActivity = { state: 'idle' } | { state: 'working'; name: string; stage: ImportStage | 'read' };
export const $importActivity = atom<ImportActivity>({ state: 'idle' });

/** Inputs refused in the latest batch (one drop or choice may hold several files), and why. */
export const $importProblems = atom<Array<{ name: string; problem: ImportProblem }>>([]);

let base: Atlas | null = null;
let merged: Atlas | null = null;
let wired = false;

function apply(): void {
  merged = mergeImported(base, $imports.get().map((d) => d.join));
  $atlas.set(merged);
}

/** Start following $atlas: a value we did not set is a new base (e.g. the atlas finished loading). */
function wire(): void {
  if (wired) return;
  wired = true;
  base = $atlas.get();
  merged = base;
  $atlas.listen((a) => {
    if (a === merged) return;
    base = a;
    if ($imports.get().length) apply();
    else merged = a;
  });
}

export function addImport(doc: ImportedDoc): void {
  wire();
  $imports.set(upsertImport($imports.get(), doc));
  apply();
}

export function removeImport(name: string): void {
  wire();
  $imports.set($imports.get().filter((d) => d.name !== name));
  apply();
}
