/**
 * The existing join applied to one imported document (see merge-imported.ts for why this is a
 * separate module: it is only loaded with the engine, in the import worker).
 */
import type { ExtractResult } from '../extract/schema';
import type { Gazetteer } from './gazetteer';
import { joinAtlas } from './join';
import { markImported, type ImportedJoin } from './merge-imported';

/** Join one imported document with the existing join (same resolver, same issues), marked as imported. */
export function joinImported(name: string, extract: ExtractResult, gazetteer: Gazetteer, generated = ''): ImportedJoin {
  const a = joinAtlas({ extract: markImported(name, extract), gazetteer, generated });
  return { name, facts: a.facts, undated: a.undated ?? [], projects: a.projects, warnings: a.warnings, quality: a.quality, zones: a.zones };
}
