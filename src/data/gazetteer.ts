/**
 * The zone gazetteer (geo/zones.json) and the administrative divisions (geo/divisions.json), loaded by a
 * static JSON import so the same module works in Node (build, tests, CLI) and in the browser bundle,
 * and validated once with zod: a broken gazetteer fails loudly with the path of the bad field.
 */
import { z } from 'zod';
import zonesFile from '../../geo/zones.json';
import divisionsFile from '../../geo/divisions.json';
import { DivisionSchema, GazetteerFileSchema, type Division, type GazetteerFile, type Zone } from './schemas';

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new Error(`${file} is invalid: ${first}`);
  }
  return r.data;
}

export interface Gazetteer {
  zones: Zone[];
  excluded: GazetteerFile['excluded'];
  divisions: Division[];
  cities: Division[];
  counties: Division[];
  zoneById: Map<string, Zone>;
  cityByAdcode: Map<string, Division>;
  countyByAdcode: Map<string, Division>;
}

/** Build the lookup structure from already-parsed data (tests pass synthetic gazetteers through here). */
export function makeGazetteer(file: GazetteerFile, divisions: Division[]): Gazetteer {
  const ids = new Set<string>();
  for (const z of file.zones) {
    if (ids.has(z.id)) throw new Error(`geo/zones.json: duplicate zone id ${z.id}`);
    ids.add(z.id);
  }
  const cities = divisions.filter((d) => d.level === 'city');
  const counties = divisions.filter((d) => d.level === 'county');
  const cityByAdcode = new Map(cities.map((c) => [c.adcode, c]));
  const countyByAdcode = new Map(counties.map((c) => [c.adcode, c]));
  for (const z of file.zones) {
    if (!cityByAdcode.has(z.city_adcode)) throw new Error(`geo/zones.json: ${z.id} ${z.name}: unknown city ${z.city_adcode}`);
    for (const c of z.county_adcodes) {
      if (!countyByAdcode.has(c)) throw new Error(`geo/zones.json: ${z.id} ${z.name}: unknown county ${c}`);
    }
  }
  return {
    zones: file.zones,
    excluded: file.excluded,
    divisions,
    cities,
    counties,
    zoneById: new Map(file.zones.map((z) => [z.id, z])),
    cityByAdcode,
    countyByAdcode,
  };
}

export function loadGazetteer(zonesJson: unknown, divisionsJson: unknown): Gazetteer {
  const file = parseOrThrow(GazetteerFileSchema, zonesJson, 'geo/zones.json');
  const divisions = parseOrThrow(z.array(DivisionSchema), divisionsJson, 'geo/divisions.json');
  return makeGazetteer(file, divisions);
}

let cached: Gazetteer | undefined;
/** The real gazetteer, parsed on first use. */
export function gazetteer(): Gazetteer {
  return (cached ??= loadGazetteer(zonesFile, divisionsFile));
}
