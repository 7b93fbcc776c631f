/**
 * Build step: read the boundary files in geo/, validate them (geo-schema.ts), and emit what the
 * browser draws: the three layers and the city label points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  GeoDataError,
  checkDivisions,
  parseDivisionsCsv,
  validateBoundaries,
} from './geo-schema';
import type { BuildContext, BuildStep } from './geo-steps';
import { divisionNameEn } from './romanise';

export const BOUNDARY_FILES = {
  province: 'shanxi-province.geojson',
  cities: 'shanxi-cities.geojson',
  counties: 'shanxi-counties.geojson',
  divisions: 'shanxi-divisions.csv',
} as const;

function displayPath(ctx: BuildContext, file: string): string {
  const rel = relative(ctx.root, file);
  return rel.startsWith('..') ? file : rel;
}

/** Read a text input or fail with a message naming the file. */
export function readInput(ctx: BuildContext, name: string): { file: string; text: string } {
  const path = join(ctx.geoDir, name);
  const file = displayPath(ctx, path);
  if (!existsSync(path)) {
    throw new GeoDataError(file, ['file not found (copy it from ../shared/geo/, see geo/PROVENANCE.md)']);
  }
  return { file, text: readFileSync(path, 'utf8') };
}

export function readJsonInput(ctx: BuildContext, name: string): { file: string; json: unknown } {
  const { file, text } = readInput(ctx, name);
  try {
    return { file, json: JSON.parse(text) };
  } catch (e) {
    throw new GeoDataError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
}

export const boundariesStep: BuildStep = {
  name: 'boundaries',
  run(ctx) {
    const boundaries = validateBoundaries({
      province: readJsonInput(ctx, BOUNDARY_FILES.province),
      cities: readJsonInput(ctx, BOUNDARY_FILES.cities),
      counties: readJsonInput(ctx, BOUNDARY_FILES.counties),
    });
    const csv = readInput(ctx, BOUNDARY_FILES.divisions);
    checkDivisions(parseDivisionsCsv(csv.text, csv.file), boundaries, csv.file);
    // The source leaves name_en empty; English mode needs romanised names (./romanise.ts).
    for (const fc of [boundaries.province, boundaries.cities, boundaries.counties]) {
      for (const f of fc.features) f.properties.name_en ||= divisionNameEn(f.properties);
    }
    ctx.boundaries = boundaries;

    ctx.emit('province', 'province.geojson', boundaries.province);
    ctx.emit('cities', 'cities.geojson', boundaries.cities);
    ctx.emit('counties', 'counties.geojson', boundaries.counties);
    ctx.log(
      `boundaries: ${boundaries.province.features.length} province, ${boundaries.cities.features.length} cities, ` +
        `${boundaries.counties.features.length} counties valid`,
    );
  },
};
