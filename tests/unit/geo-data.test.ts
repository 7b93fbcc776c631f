/**
 * The data build's validation of the boundary files: the real files pass, and each way a file
 * can be broken fails with a message naming the file and the problem.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEPS, buildData } from '../../geo/build/build-data';
import { boundariesStep } from '../../geo/build/geo-boundaries';
import { GeoDataError, parseDivisionsCsv, validateBoundaries, cityLabelPoints } from '../../geo/build/geo-schema';

const ROOT = resolve(__dirname, '../..');
const GEO = join(ROOT, 'geo');
const read = (name: string) => JSON.parse(readFileSync(join(GEO, name), 'utf8'));

function inputs() {
  return {
    province: { file: 'shanxi-province.geojson', json: read('shanxi-province.geojson') },
    cities: { file: 'shanxi-cities.geojson', json: read('shanxi-cities.geojson') },
    counties: { file: 'shanxi-counties.geojson', json: read('shanxi-counties.geojson') },
  };
}

function failure(fn: () => unknown): GeoDataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GeoDataError) return e;
    throw e;
  }
  throw new Error('expected a GeoDataError, but validation passed');
}

describe('validateBoundaries', () => {
  it('accepts the staged files: 1 province, 11 cities, 117 counties with numeric adcode ids', () => {
    const b = validateBoundaries(inputs());
    expect(b.province.features).toHaveLength(1);
    expect(b.cities.features).toHaveLength(11);
    expect(b.counties.features).toHaveLength(117);
    expect(b.cities.features.find((f) => f.id === 140100)?.properties.name).toBe('太原市');
  });

  it('rejects a missing city, naming the file and the count', () => {
    const i = inputs();
    (i.cities.json as { features: unknown[] }).features.pop();
    const e = failure(() => validateBoundaries(i));
    expect(e.file).toBe('shanxi-cities.geojson');
    expect(e.message).toContain('expected 11 cities, found 10');
  });

  it('rejects a county whose parent city does not exist', () => {
    const i = inputs();
    const county = (i.counties.json as { features: { properties: { city_adcode: string; adcode: string } }[] }).features[0];
    county.properties.city_adcode = '141200';
    const e = failure(() => validateBoundaries(i));
    expect(e.file).toBe('shanxi-counties.geojson');
    expect(e.message).toContain(`county ${county.properties.adcode}`);
    expect(e.message).toContain('parent city 141200 is not in shanxi-cities.geojson');
  });

  it('rejects a malformed adcode with the path of the bad value', () => {
    const i = inputs();
    (i.counties.json as { features: { properties: { adcode: string } }[] }).features[3].properties.adcode = '14010';
    const e = failure(() => validateBoundaries(i));
    expect(e.message).toContain('features[3].properties.adcode');
    expect(e.message).toContain('six digits');
  });

  it('rejects a feature id that is not the numeric adcode (feature-state needs it)', () => {
    const i = inputs();
    (i.cities.json as { features: { id: number }[] }).features[2].id = 1;
    const e = failure(() => validateBoundaries(i));
    expect(e.message).toContain('features[2].id');
  });

  it('rejects a wrong geometry type', () => {
    const i = inputs();
    (i.cities.json as { features: { geometry: unknown }[] }).features[0].geometry = { type: 'Point', coordinates: [112, 37] };
    const e = failure(() => validateBoundaries(i));
    expect(e.file).toBe('shanxi-cities.geojson');
    expect(e.message).toContain('features[0].geometry');
  });

  it('rejects coordinates outside Shanxi (e.g. swapped lon/lat)', () => {
    const i = inputs();
    const ring = (i.province.json as { features: { geometry: { coordinates: number[][][] } }[] }).features[0].geometry.coordinates[0];
    ring[5] = [ring[5][1], ring[5][0]];
    expect(failure(() => validateBoundaries(i)).file).toBe('shanxi-province.geojson');
  });

  it('rejects duplicate counties', () => {
    const i = inputs();
    const fs = (i.counties.json as { features: unknown[] }).features;
    fs[fs.length - 1] = fs[0];
    expect(failure(() => validateBoundaries(i)).message).toContain('duplicate county adcodes: 140105');
  });

  it('places every city label point inside Shanxi, one per city', () => {
    const labels = cityLabelPoints(validateBoundaries(inputs()).cities);
    expect(labels.features).toHaveLength(11);
    expect(new Set(labels.features.map((f) => f.id)).size).toBe(11);
  });
});

describe('divisions table', () => {
  it('parses the 129 rows of the CSV', () => {
    const rows = parseDivisionsCsv(readFileSync(join(GEO, 'shanxi-divisions.csv'), 'utf8'), 'shanxi-divisions.csv');
    expect(rows).toHaveLength(129);
    expect(rows.filter((r) => r.level === 'county')).toHaveLength(117);
  });
});

describe('buildData (npm run data)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'geo-build-'));
    cpSync(GEO, join(dir, 'geo'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts with the boundary step, so later steps can rely on validated boundaries', () => {
    expect(STEPS[0]).toBe(boundariesStep);
  });

  it('writes the layers and a manifest listing them', async () => {
    // Only the boundary step: later steps (join …) emit their own files and are tested with them.
    const manifest = await buildData({ root: dir, log: () => {}, steps: [boundariesStep] });
    expect(Object.keys(manifest.files).sort()).toEqual(['cities', 'counties', 'province']);
    const listed = JSON.parse(readFileSync(join(dir, 'public/data/manifest.json'), 'utf8'));
    expect(listed.files.cities.path).toBe('cities.geojson');
    const cities = JSON.parse(readFileSync(join(dir, 'public/data', listed.files.cities.path), 'utf8'));
    expect(cities.features).toHaveLength(11);
  });

  it('fails on a missing input, naming the file', async () => {
    unlinkSync(join(dir, 'geo/shanxi-counties.geojson'));
    await expect(buildData({ root: dir, log: () => {} })).rejects.toThrow(/geo\/shanxi-counties\.geojson: file not found/);
  });

  it('fails on a file that is not JSON, naming the file', async () => {
    writeFileSync(join(dir, 'geo/shanxi-cities.geojson'), '{"type":"FeatureCollection","features":[');
    await expect(buildData({ root: dir, log: () => {} })).rejects.toThrow(/geo\/shanxi-cities\.geojson: not valid JSON/);
  });

  it('fails when the divisions table disagrees with the boundaries', async () => {
    const path = join(dir, 'geo/shanxi-divisions.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('140105,小店区', '140105,大店区'));
    await expect(buildData({ root: dir, log: () => {} })).rejects.toThrow(/shanxi-divisions\.csv: 140105: name 大店区 differs/);
  });

  it('leaves no stale file from an earlier build', async () => {
    await buildData({ root: dir, log: () => {}, steps: [boundariesStep] });
    writeFileSync(join(dir, 'public/data/atlas.json'), '{}');
    await buildData({ root: dir, log: () => {}, steps: [boundariesStep] });
    expect(existsSync(join(dir, 'public/data/atlas.json'))).toBe(false);
  });

  it('runs added steps in order and lists what they emit', async () => {
    const seen: string[] = [];
    const manifest = await buildData({
      root: dir,
      log: () => {},
      steps: [
        { name: 'first', run: () => void seen.push('first') },
        { name: 'second', run: (ctx) => void ctx.emit('extra', 'extra.json', { ok: seen.length }) },
      ],
    });
    expect(manifest.files.extra.path).toBe('extra.json');
    expect(JSON.parse(readFileSync(join(dir, 'public/data/extra.json'), 'utf8'))).toEqual({ ok: 1 });
  });
});
