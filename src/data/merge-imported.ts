/**
 * A report the user dropped into the browser, joined onto the map next to the built atlas.
 *
 * Two pure steps, so the expensive one can run where the gazetteer is (the import worker) and the
 * cheap one on the main thread whenever the list of imports or the loaded atlas changes:
 *
 *   joinImported(name, extract, gazetteer)  → ImportedJoin   (the existing join on markImported(…))
 *   mergeImported(base, imports)            → Atlas          (base + every import, ids unique)
 *
 * joinImported lives in ./join-imported.ts: it pulls in the join's resolver, which the main
 * bundle must not carry (a module shared with the lazy import chunk is hoisted into the main one).
 *
 * Provenance: every imported fact/project gets `source.seed = "imported:<file name>"`, so ids, the
 * quote's source tooltip and the quality list all say where a figure came from, and an imported
 * file can never be mistaken for (or collide with) a report of the build that has the same name.
 */
import type { ExtractResult, ExtractWarning } from '../extract/schema';
import { comparePeriods } from './join';
import { periodYearKnown } from './selectors';
import type { Atlas, AtlasFact, AtlasProject, QualityIssue, Zone } from './schemas';

export const IMPORTED_SEED_PREFIX = 'imported:';

/** One imported document after the join, ready to be merged (structured-cloneable: crosses the worker boundary). */
export interface ImportedJoin {
  /** The file name as the user gave it; the key for replacement on re-import. */
  name: string;
  facts: AtlasFact[];
  /** Figures whose report gives no year (`XXXX-01/XXXX-09`): never on the map or the slider (see Atlas.undated). */
  undated: AtlasFact[];
  projects: AtlasProject[];
  warnings: ExtractWarning[];
  quality: QualityIssue[];
  /** The gazetteer's zones, used when the build has no atlas of its own to merge into. */
  zones: Zone[];
}

export const importedSeed = (name: string) => IMPORTED_SEED_PREFIX + name;
export const isImportedSeed = (seed: string | undefined) => !!seed && seed.startsWith(IMPORTED_SEED_PREFIX);

/** Rewrite the provenance of an extraction result so everything it contains is marked as imported. */
export function markImported(name: string, r: ExtractResult): ExtractResult {
  const seed = importedSeed(name);
  return {
    facts: r.facts.map((f) => ({ ...f, source: { ...f.source, seed } })),
    projects: r.projects.map((p) => ({ ...p, source: { ...p.source, seed } })),
    warnings: r.warnings.map((w) => (w.source ? { ...w, source: { ...w.source, seed } } : w)),
  };
}

/** Replace the import with the same file name, or append: a re-import never duplicates. */
export function upsertImport<T extends { name: string }>(list: readonly T[], item: T): T[] {
  const i = list.findIndex((x) => x.name === item.name);
  if (i < 0) return [...list, item];
  const out = [...list];
  out[i] = item;
  return out;
}

/**
 * The loaded atlas plus every import. Base facts keep their ids; an imported id that is already
 * taken (possible only if the base itself holds imported ids) gets a `~N` suffix, so every id in
 * the result is unique. Periods are recomputed, so a period only an import reports appears on the
 * slider. With no base atlas the gazetteer's zones from the first import are used. Figures without a
 * year go to `undated`, never to `facts` or `periods`.
 */
export function mergeImported(base: Atlas | null, imports: readonly ImportedJoin[]): Atlas | null {
  if (!imports.length) return base;
  const used = new Set<string>();
  const unique = (id: string) => {
    let out = id;
    for (let n = 2; used.has(out); n++) out = `${id}~${n}`;
    used.add(out);
    return out;
  };
  const baseFacts = base?.facts ?? [];
  const baseUndated = base?.undated ?? [];
  const baseProjects = base?.projects ?? [];
  for (const f of baseFacts) used.add(f.id);
  for (const f of baseUndated) used.add(f.id);
  for (const p of baseProjects) used.add(p.id);
  const facts: AtlasFact[] = [...baseFacts];
  const undated: AtlasFact[] = [...baseUndated];
  const projects: AtlasProject[] = [...baseProjects];
  const warnings: ExtractWarning[] = [...(base?.warnings ?? [])];
  const quality: QualityIssue[] = [...(base?.quality ?? [])];
  for (const imp of imports) {
    // (A fact without a year is kept apart even if an older join left it among the facts.)
    for (const f of imp.facts) (periodYearKnown(f.period) ? facts : undated).push({ ...f, id: unique(f.id) });
    for (const f of imp.undated ?? []) undated.push({ ...f, id: unique(f.id) });
    for (const p of imp.projects) projects.push({ ...p, id: unique(p.id) });
    warnings.push(...imp.warnings);
    quality.push(...imp.quality);
  }
  const periods = [...new Set(facts.map((f) => f.period))].sort(comparePeriods);
  return {
    generated: base?.generated ?? '',
    zones: base?.zones ?? imports[0].zones,
    facts,
    ...(undated.length ? { undated } : {}),
    projects,
    periods,
    warnings,
    quality,
  };
}
