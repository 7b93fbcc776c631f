/**
 * Name resolution against the real gazetteer (geo/zones.json + geo/divisions.json).
 * The logic lives in name-resolver.ts (pure, takes any gazetteer); this module binds it once.
 *
 * Contract used by the extraction engine:
 *   resolveName(raw, ctx?) → zone | city | province | ambiguous | unknown
 *   findNames(text)        → zone/city/province names in a text, longest-first, non-overlapping, in text
 *                            order; zone-like names not in the gazetteer come back as 'unknown'.
 */
import { gazetteer } from './gazetteer';
import { createResolver, resolveCounty as resolveCountyIn, type FoundName, type NameResolution, type Resolver } from './name-resolver';

export type { NameResolution, FoundName } from './name-resolver';

let bound: Resolver | undefined;
function resolver(): Resolver {
  if (!bound) {
    const g = gazetteer();
    bound = createResolver({ zones: g.zones, divisions: g.divisions });
  }
  return bound;
}

export function resolveName(raw: string, ctx?: { city?: string }): NameResolution {
  return resolver().resolveName(raw, ctx);
}

/** zone/city/province names mentioned in a text, longest-first, non-overlapping, in text order; zone-like names not in the gazetteer (…经开区/开发区/高新区/示范区/园区 with a place prefix) come back with status 'unknown'. Linear-ish: one trie walk per position, built once. */
export function findNames(text: string): Array<{ start: number; end: number; raw: string; resolution: NameResolution }> {
  return resolver().findNames(text) as FoundName[];
}

/** A county by name, told apart by city where the name repeats (城区: 阳泉 140302, 晋城 140502). */
export function resolveCounty(name: string, city?: string) {
  return resolveCountyIn(gazetteer().divisions, name, city);
}
