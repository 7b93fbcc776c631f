/**
 * Pure part of the gazetteer build: rows + boundaries + seeds → geo/zones.json content.
 * Kept apart from the CLI (zones-build.ts) so a unit test can rebuild and compare with the committed file.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import bbox from '@turf/bbox';
import { pinyin } from 'pinyin-pro';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { createResolver } from '../../src/data/name-resolver';
import { GazetteerFileSchema, type Division, type GazetteerFile, type Zone } from '../../src/data/schemas';
import { EXCLUDED, REVIEWED_PINYIN, TYPE_EN, type ZoneRow } from './zones-rows';

type AdminFeature = Feature<Polygon, { adcode: string; name: string; label_lon: number; label_lat: number }>;

export interface BuildInput {
  rows: ZoneRow[];
  divisions: Division[];
  counties: FeatureCollection<Polygon>;
  cities: FeatureCollection<Polygon>;
  /** seed file name → text */
  seeds: Record<string, string>;
}

export interface BuildOutput {
  file: GazetteerFile;
  /** Things a reviewer should look at (pinyin-pro disagreements etc.). */
  notes: string[];
}

/** CSV (geo/shanxi-divisions.csv) → division rows. */
export function parseDivisionsCsv(csv: string): Division[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => {
    const v = line.split(',');
    const get = (k: string) => v[cols.indexOf(k)] ?? '';
    return {
      adcode: get('adcode'),
      name: get('name'),
      name_short: get('name_short'),
      level: get('level') as Division['level'],
      city_adcode: get('city_adcode'),
      label_lon: Number(get('label_lon')),
      label_lat: Number(get('label_lat')),
    };
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Place stem of a zone name: the row's explicit stem, or the name minus its type. */
export function stemOf(row: ZoneRow): string {
  if (row.stem) return row.stem;
  if (row.name.endsWith(row.type)) return row.name.slice(0, -row.type.length);
  throw new Error(`zones-rows: ${row.name} does not end with its type ${row.type}; give it a stem`);
}

export function englishName(row: ZoneRow, notes: string[]): string {
  if (row.name_en) return row.name_en;
  const stem = stemOf(row);
  const reviewed = REVIEWED_PINYIN[stem];
  if (!reviewed) throw new Error(`zones-rows: no reviewed romanisation for "${stem}" (${row.name}); add it to REVIEWED_PINYIN`);
  const auto = pinyin(stem, { toneType: 'none', type: 'array' }).join('');
  if (auto.toLowerCase() !== reviewed.replace(/\s+/g, '').toLowerCase()) {
    notes.push(`pinyin-pro says "${capitalise(auto)}" for ${stem}; the reviewed form "${reviewed}" is used`);
  }
  const typeEn = TYPE_EN[row.type];
  if (!typeEn) throw new Error(`zones-rows: no English for type ${row.type}`);
  return `${reviewed} ${typeEn}`;
}

const DEG = Math.PI / 180;

/**
 * Points for zones that share a host: the host's interior label point for one zone, a small ring around it
 * for several (each candidate checked to lie inside the polygon, the ring shrunk until it does).
 */
function spread(feature: AdminFeature, n: number): [number, number][] {
  const base: [number, number] = booleanPointInPolygon([feature.properties.label_lon, feature.properties.label_lat], feature)
    ? [feature.properties.label_lon, feature.properties.label_lat]
    : (pointOnFeature(feature).geometry.coordinates as [number, number]);
  if (n === 1) return [base];
  const [minX, minY, maxX, maxY] = bbox(feature);
  let r = Math.min(0.06, 0.18 * Math.min(maxX - minX, maxY - minY));
  for (let attempt = 0; attempt < 12; attempt++, r *= 0.75) {
    for (let rot = 0; rot < 360; rot += 15) {
      const pts: [number, number][] = [];
      for (let k = 0; k < n; k++) {
        const a = (rot + (360 * k) / n) * DEG;
        // Longitude degrees are shorter than latitude degrees at 37°N; widen x so the ring looks round.
        pts.push([
          +(base[0] + (r * Math.sin(a)) / Math.cos(base[1] * DEG)).toFixed(4),
          +(base[1] + r * Math.cos(a)).toFixed(4),
        ]);
      }
      if (pts.every((p) => booleanPointInPolygon(p, feature))) return pts;
    }
  }
  throw new Error(`cannot place ${n} zones inside ${feature.properties.name}`);
}

function distance2(a: [number, number], b: [number, number]): number {
  const dx = (a[0] - b[0]) * Math.cos(37.5 * DEG);
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

/** A point inside the city, as far as possible from zones already placed (for zones known only by city). */
function cityPoint(feature: AdminFeature, placed: [number, number][]): [number, number] {
  const base: [number, number] = [feature.properties.label_lon, feature.properties.label_lat];
  let best: [number, number] = base;
  let bestD = -1;
  for (let r = 0; r <= 0.2; r += 0.02) {
    for (let a = 0; a < 360; a += 30) {
      const p: [number, number] = [+(base[0] + r * Math.sin(a * DEG)).toFixed(4), +(base[1] + r * Math.cos(a * DEG)).toFixed(4)];
      if (!booleanPointInPolygon(p, feature)) continue;
      const d = Math.min(...placed.map((q) => distance2(p, q)), Infinity);
      if (d > bestD + 1e-9) {
        bestD = d;
        best = p;
      }
      if (r === 0) break;
    }
  }
  return best;
}

export function buildZones(input: BuildInput): BuildOutput {
  const notes: string[] = [];
  const countyFeature = new Map(input.counties.features.map((f) => [String(f.properties?.adcode), f as AdminFeature]));
  const cityFeature = new Map(input.cities.features.map((f) => [String(f.properties?.adcode), f as AdminFeature]));
  const divisionByAdcode = new Map(input.divisions.map((d) => [d.adcode, d]));

  // Which seeds name each zone: found with the resolver itself, so the record matches what the join sees.
  const resolver = createResolver({
    zones: input.rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases ?? [], type: r.type, city_adcode: r.city })),
    divisions: input.divisions,
  });
  const seedsOf = new Map<string, Set<string>>();
  for (const [file, text] of Object.entries(input.seeds).sort()) {
    for (const f of resolver.findNames(text)) {
      if (f.resolution.status !== 'zone') continue;
      const set = seedsOf.get(f.resolution.id) ?? new Set();
      set.add(file);
      seedsOf.set(f.resolution.id, set);
    }
  }

  // Group zones by host (first county, or the city when no county is known).
  const byHost = new Map<string, ZoneRow[]>();
  for (const row of input.rows) {
    const host = row.counties[0] ?? `city:${row.city}`;
    const list = byHost.get(host) ?? [];
    list.push(row);
    byHost.set(host, list);
  }
  const point = new Map<string, [number, number]>();
  for (const [host, rows] of byHost) {
    if (host.startsWith('city:')) continue;
    const f = countyFeature.get(host);
    if (!f) throw new Error(`zones-rows: unknown county ${host} (${rows.map((r) => r.name).join(', ')})`);
    spread(f, rows.length).forEach((p, i) => point.set(rows[i].id, p));
  }
  for (const [host, rows] of byHost) {
    if (!host.startsWith('city:')) continue;
    const f = cityFeature.get(host.slice(5));
    if (!f) throw new Error(`zones-rows: unknown city ${host}`);
    for (const row of rows) point.set(row.id, cityPoint(f, [...point.values()]));
  }

  const zones: Zone[] = input.rows.map((row) => {
    const city = divisionByAdcode.get(row.city);
    if (!city || city.level !== 'city') throw new Error(`zones-rows: ${row.name}: ${row.city} is not a city adcode`);
    for (const c of row.counties) {
      const d = divisionByAdcode.get(c);
      if (!d || d.level !== 'county') throw new Error(`zones-rows: ${row.name}: ${c} is not a county adcode`);
      if (d.city_adcode !== row.city) notes.push(`${row.name}: county ${d.name} lies in another city (${d.city_adcode})`);
    }
    const [lon, lat] = point.get(row.id)!;
    const host = row.counties[0];
    const hostName = host ? divisionByAdcode.get(host)!.name : city.name;
    const shared = (byHost.get(host ?? `city:${row.city}`)?.length ?? 1) - 1;
    const noteParts: string[] = [];
    if (host) {
      noteParts.push(`示意位置：${city.name}${hostName}内的代表点（县级精度），不是开发区的实际位置或管委会地址。`);
      if (row.county_basis === 'inference') noteParts.push(`所在县区为推断，没有来源直接说明。`);
      if (row.counties.length > 1) {
        noteParts.push(`开发区涉及${row.counties.map((c) => divisionByAdcode.get(c)!.name).join('、')}，点放在${hostName}。`);
      }
      if (shared > 0) noteParts.push(`同一县区还有${shared}个开发区，各点已错开以免重叠。`);
    } else {
      noteParts.push(`示意位置：只知道所属城市（${city.name}），点为市内的代表点（市级精度）。`);
    }
    const sources = row.sources.filter((s) => s !== 'seed');
    for (const f of seedsOf.get(row.id) ?? []) sources.push(`seed:${f}`);
    if (row.sources.includes('seed') && !seedsOf.has(row.id)) {
      throw new Error(`zones-rows: ${row.name} is marked as named in a seed, but no seed names it`);
    }
    const zone: Zone = {
      id: row.id,
      name: row.name,
      name_en: englishName(row, notes),
      aliases: row.aliases ?? [],
      level: row.level,
      type: row.type,
      city_adcode: row.city,
      county_adcodes: row.counties,
      ...(row.established ? { established: row.established } : {}),
      ...(row.area_km2 ? { area_km2: row.area_km2 } : {}),
      lon,
      lat,
      location_precision: host ? 'county' : 'city',
      location_note: noteParts.join(''),
      sources,
      county_basis: row.county_basis,
      ...(row.established_note ? { established_note: row.established_note } : {}),
      ...(row.area_note ? { area_note: row.area_note } : {}),
      ...(row.note ? { note: row.note } : {}),
    };
    return zone;
  });

  const file: GazetteerFile = {
    about:
      'Shanxi development-zone gazetteer. Generated by `npx tsx geo/build/zones-build.ts` from geo/build/zones-rows.ts; ' +
      'edit the rows, not this file. Sources: S# = geo/zone-catalog.md, seed:FILE = a report in seeds/. ' +
      'No source gives zone coordinates: every point is a representative point of the host county (or city), spread when several zones share it.',
    zones,
    excluded: EXCLUDED,
  };
  return { file: GazetteerFileSchema.parse(file), notes };
}
