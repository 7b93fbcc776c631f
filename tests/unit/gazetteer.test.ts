import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatDivisions, formatGazetteer, readBuildInput } from '../../geo/build/zones-build';
import { buildZones } from '../../geo/build/zones-lib';
import { ZONE_ROWS, type ZoneRow } from '../../geo/build/zones-rows';
import { gazetteer, loadGazetteer } from '../../src/data/gazetteer';

const root = join(__dirname, '..', '..');
const counties = JSON.parse(readFileSync(join(root, 'geo/shanxi-counties.geojson'), 'utf8')) as FeatureCollection<Polygon>;
const cities = JSON.parse(readFileSync(join(root, 'geo/shanxi-cities.geojson'), 'utf8')) as FeatureCollection<Polygon>;
const countyFeature = new Map(counties.features.map((f) => [String(f.properties!.adcode), f as Feature<Polygon>]));
const cityFeature = new Map(cities.features.map((f) => [String(f.properties!.adcode), f as Feature<Polygon>]));

describe('geo/zones.json', () => {
  const g = gazetteer();

  it('is what the build makes from zones-rows.ts (edit the rows, then run zones-build)', () => {
    const input = readBuildInput();
    const { file } = buildZones(input);
    expect(readFileSync(join(root, 'geo/zones.json'), 'utf8')).toBe(formatGazetteer(file));
    expect(readFileSync(join(root, 'geo/divisions.json'), 'utf8')).toBe(formatDivisions(input.divisions));
  });

  it('holds the 27 GB/T 37028 zones by code, and not the sustainable-development designation', () => {
    const gbt = g.zones.filter((z) => /^\d{8}$/.test(z.id));
    expect(gbt).toHaveLength(27);
    expect(g.zoneById.has('14111001')).toBe(false);
    expect(g.excluded.map((e) => e.id)).toEqual(['14111001']);
    // The code's type digits agree with the level: 1xx national, 2xx provincial.
    for (const z of gbt) expect(z.level).toBe(z.id[2] === '1' ? 'national' : 'provincial');
    expect(g.zones.length).toBeGreaterThanOrEqual(55);
  });

  it('has unique ids and names, and no name or alias claimed by two zones', () => {
    const seen = new Map<string, string>();
    for (const z of g.zones) {
      for (const n of [z.name, ...z.aliases]) {
        const k = n.replace(/^山西省?/, '');
        expect(seen.get(k) ?? z.id, `${n} is claimed by ${seen.get(k)} and ${z.id}`).toBe(z.id);
        seen.set(k, z.id);
      }
    }
    expect(new Set(g.zones.map((z) => z.id)).size).toBe(g.zones.length);
  });

  it('canonical names carry no 山西 prefix except where it is part of the name', () => {
    const prefixed = g.zones.filter((z) => z.name.startsWith('山西')).map((z) => z.name);
    expect(prefixed).toEqual(['山西转型综合改革示范区']);
  });

  it('puts every zone inside its host county (or its city when no county is known)', () => {
    for (const z of g.zones) {
      const host = z.county_adcodes[0];
      const poly = host ? countyFeature.get(host) : cityFeature.get(z.city_adcode);
      expect(poly, `${z.name}: no polygon`).toBeDefined();
      expect(booleanPointInPolygon([z.lon, z.lat], poly!), `${z.name} (${z.lon}, ${z.lat}) outside ${host ?? z.city_adcode}`).toBe(true);
      expect(z.location_precision).toBe(host ? 'county' : 'city');
      if (host) expect(countyFeature.get(host)!.properties!.city_adcode === z.city_adcode || z.county_adcodes.length > 1).toBe(true);
    }
  });

  it('spreads zones that share a county so no two points coincide', () => {
    const pts = new Set(g.zones.map((z) => `${z.lon},${z.lat}`));
    expect(pts.size).toBe(g.zones.length);
    const xiaodian = g.zones.filter((z) => z.county_adcodes[0] === '140105');
    expect(xiaodian.length).toBeGreaterThanOrEqual(4);
    for (const a of xiaodian) {
      for (const b of xiaodian) {
        if (a === b) continue;
        const d = Math.hypot((a.lon - b.lon) * Math.cos((37.7 * Math.PI) / 180), a.lat - b.lat);
        expect(d, `${a.name} / ${b.name}`).toBeGreaterThan(0.01); // ≈ 1 km
      }
    }
  });

  it('states location precision honestly in the note', () => {
    for (const z of g.zones) {
      expect(z.location_note).toMatch(z.location_precision === 'county' ? /县级精度/ : /市级精度/);
      expect(z.location_note).toContain('示意位置');
      if (z.location_precision === 'county' && z.county_basis === 'inference') expect(z.location_note).toContain('推断');
    }
  });

  it('gives English names: reviewed place romanisation plus a translated type', () => {
    const byName = new Map(g.zones.map((z) => [z.name, z]));
    expect(byName.get('清徐经济开发区')!.name_en).toBe('Qingxu Economic Development Zone');
    expect(byName.get('洪洞经济技术开发区')!.name_en).toBe('Hongtong Economic and Technological Development Zone');
    expect(byName.get('长治高新技术产业开发区')!.name_en).toBe('Changzhi High-tech Industrial Development Zone');
    for (const z of g.zones) expect(z.name_en).toMatch(/^[A-Z][A-Za-z -]+$/);
  });

  it('records the seeds that name a zone among its sources', () => {
    const byName = new Map(gazetteer().zones.map((z) => [z.name, z]));
    expect(byName.get('清徐经济开发区')!.sources).toEqual(expect.arrayContaining(['S25', expect.stringMatching(/^seed:\d{3}_/)]));
    expect(byName.get('寿阳经济技术开发区')!.sources.some((s) => s.startsWith('seed:'))).toBe(true);
  });
});

describe('gazetteer validation', () => {
  const zonesJson = JSON.parse(readFileSync(join(root, 'geo/zones.json'), 'utf8'));
  const divisionsJson = JSON.parse(readFileSync(join(root, 'geo/divisions.json'), 'utf8'));

  it('names the file and the field when a row is bad', () => {
    const bad = structuredClone(zonesJson);
    bad.zones[3].lat = 55;
    expect(() => loadGazetteer(bad, divisionsJson)).toThrow(/geo\/zones\.json is invalid: zones\.3\.lat/);
  });

  it('rejects an unknown county code and duplicate ids', () => {
    const bad = structuredClone(zonesJson);
    bad.zones[0].county_adcodes = ['149999'];
    expect(() => loadGazetteer(bad, divisionsJson)).toThrow(/unknown county 149999/);
    const dup = structuredClone(zonesJson);
    dup.zones[1].id = dup.zones[0].id;
    expect(() => loadGazetteer(dup, divisionsJson)).toThrow(/duplicate zone id/);
  });

  it('the build refuses a row without a reviewed romanisation or with an unknown county', () => {
    const input = readBuildInput();
    const extra: ZoneRow = { id: 'SX-test', name: '娄烦生态经济开发区', level: 'provincial', type: '经济开发区', city: '140100', counties: ['140123'], county_basis: 'source', stem: '娄烦生态', sources: [] };
    expect(() => buildZones({ ...input, rows: [...ZONE_ROWS, extra] })).toThrow(/no reviewed romanisation for "娄烦生态"/);
    const wrong: ZoneRow = { ...ZONE_ROWS[0], id: 'SX-x', name: '测试经济开发区', counties: ['140999'], name_en: 'Test' };
    expect(() => buildZones({ ...input, rows: [...ZONE_ROWS, wrong] })).toThrow(/140999/);
  });
});
