/**
 * Subjects: who a figure is about (zone, group of zones, city, province), from names in the text.
 * All name lookups go through here so the engine can switch between the shared gazetteer
 * (src/data/resolve.ts) and the local shim without touching anything else.
 */
import { findNames as findNamesImpl, resolveName as resolveNameImpl } from '../data/resolve';
import type { NameResolution } from '../data/resolve';
// The local shim stays as a fallback table for the city of a zone-like name the gazetteer does not know.
import { cityOfPlace } from './gazetteer-shim';
import type { Scope } from './schema';

export type { NameResolution };
export interface NameHit {
  start: number;
  end: number;
  raw: string;
  resolution: NameResolution;
}
export const findNames: (text: string) => NameHit[] = findNamesImpl;
export const resolveName: (raw: string, ctx?: { city?: string }) => NameResolution = resolveNameImpl;

export interface Subject {
  name: string;
  scope: Scope;
  city: string;
  members?: string[];
  /** The gazetteer did not know this zone name. */
  unknown?: boolean;
}

export const PROVINCE: Subject = { name: '山西省', scope: 'province', city: '' };

/** Subject for one name hit, or null when the hit is not a usable subject. */
export function subjectOfHit(hit: NameHit): Subject | null {
  const r = hit.resolution;
  if (r.status === 'zone') return { name: r.name, scope: 'zone', city: r.city };
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  if (r.status === 'province') return PROVINCE;
  if (r.status === 'unknown') {
    const city = cityOfPlace(hit.raw);
    if (!city) return null;
    return { name: hit.raw.replace(/^山西省?/, ''), scope: 'zone', city, unknown: true };
  }
  return null;
}

export function groupSubject(members: Subject[]): Subject {
  const names = members.map((m) => m.name);
  const cities = [...new Set(members.map((m) => m.city))];
  return { name: names.join('、'), scope: 'group', city: cities.length === 1 ? cities[0] : cities[0] ?? '', members: names };
}

export function sameSubject(a: Subject | null, b: Subject | null): boolean {
  return !!a && !!b && a.name === b.name && a.scope === b.scope;
}
