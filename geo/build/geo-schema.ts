/**
 * Shapes and checks of the Shanxi boundary files (geo/shanxi-*.geojson, geo/shanxi-divisions.csv).
 *
 * Pure TypeScript (no fs, no DOM): the data build validates the files in geo/ with it, and the
 * browser validates what it fetched from data/ with the same code, so a broken file is caught
 * with the same message in both places.
 */
import { z } from 'zod';

/** Expected sizes of the staged data (PROVENANCE.md): a different count means a wrong or truncated file. */
export const EXPECTED = { provinces: 1, cities: 11, counties: 117 } as const;

const AdcodeString = z.string().regex(/^14\d{4}$/, 'adcode must be six digits starting with 14 (GB/T 2260, Shanxi)');
const CityAdcodeString = z.string().regex(/^14\d{2}00$/, 'a city adcode ends in 00 (e.g. 140100)');

// Shanxi lies within 110.2–114.6°E, 34.6–40.8°N; a margin catches swapped or projected coordinates.
const Position = z
  .tuple([z.number().min(109).max(116), z.number().min(34).max(41.5)])
  .rest(z.number());
const Ring = z
  .array(Position)
  .min(4, 'a polygon ring needs at least 4 positions')
  .refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'a polygon ring must be closed');

export const AreaGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

const BaseProps = z.object({
  adcode: AdcodeString,
  name: z.string().min(1),
  name_en: z.string(),
  name_short: z.string().min(1),
  label_lon: z.number().min(109).max(116),
  label_lat: z.number().min(34).max(41.5),
});

export const ProvincePropsSchema = BaseProps.extend({
  adcode: z.literal('140000'),
  level: z.literal('province'),
});
export const CityPropsSchema = BaseProps.extend({
  adcode: CityAdcodeString,
  level: z.literal('city'),
  province_adcode: z.literal('140000'),
});
export const CountyPropsSchema = BaseProps.extend({
  level: z.literal('county'),
  kind: z.enum(['市辖区', '县级市', '县']),
  city_adcode: CityAdcodeString,
  city_name: z.string().min(1),
});
export type CityProps = z.infer<typeof CityPropsSchema>;
export type CountyProps = z.infer<typeof CountyPropsSchema>;
export type ProvinceProps = z.infer<typeof ProvincePropsSchema>;

const idMatchesAdcode = (f: { id: number; properties: { adcode: string } }) => String(f.id) === f.properties.adcode;

/**
 * A feature whose numeric top-level id equals its adcode: MapLibre feature-state addresses
 * features by that id, so later layers can colour cities without touching the geometry.
 */
function featureSchema<P extends z.ZodType<{ adcode: string }>>(props: P) {
  return z
    .object({
      type: z.literal('Feature'),
      id: z.number().int(),
      properties: props,
      geometry: AreaGeometrySchema,
    })
    .refine((f) => idMatchesAdcode(f as unknown as { id: number; properties: { adcode: string } }), {
      message: 'feature id must be the numeric adcode (needed for feature-state)',
      path: ['id'],
    });
}

export const ProvinceFeatureSchema = featureSchema(ProvincePropsSchema);
export const CityFeatureSchema = featureSchema(CityPropsSchema);
export const CountyFeatureSchema = featureSchema(CountyPropsSchema);
export type ProvinceFeature = z.infer<typeof ProvinceFeatureSchema>;
export type CityFeature = z.infer<typeof CityFeatureSchema>;
export type CountyFeature = z.infer<typeof CountyFeatureSchema>;

function collectionSchema<F extends z.ZodType>(feature: F) {
  return z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });
}
export const ProvinceCollectionSchema = collectionSchema(ProvinceFeatureSchema);
export const CityCollectionSchema = collectionSchema(CityFeatureSchema);
export const CountyCollectionSchema = collectionSchema(CountyFeatureSchema);
export type CityCollection = z.infer<typeof CityCollectionSchema>;
export type CountyCollection = z.infer<typeof CountyCollectionSchema>;
export type ProvinceCollection = z.infer<typeof ProvinceCollectionSchema>;

/** One row of geo/shanxi-divisions.csv (the lookup table of all 129 units). */
export const DivisionRowSchema = z.object({
  adcode: AdcodeString,
  name: z.string().min(1),
  name_short: z.string().min(1),
  level: z.enum(['province', 'city', 'county']),
  kind: z.string(),
  city_adcode: z.union([CityAdcodeString, z.literal('')]),
  city_name: z.string(),
  label_lon: z.coerce.number().min(109).max(116),
  label_lat: z.coerce.number().min(34).max(41.5),
});
export type DivisionRow = z.infer<typeof DivisionRowSchema>;

/** The three layers after validation; what the browser draws. */
export interface Boundaries {
  province: ProvinceCollection;
  cities: CityCollection;
  counties: CountyCollection;
}

/** A problem in one input, phrased so a person can fix the file: which file, what is wrong. */
export class GeoDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'GeoDataError';
  }
}

const MAX_LISTED = 5;

/** zod issues → short lines such as `features[3].properties.adcode: adcode must be six digits…`. */
export function describeIssues(error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_LISTED).map((i) => {
    const path = i.path
      .map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return path ? `${path}: ${i.message}` : i.message;
  });
  if (error.issues.length > MAX_LISTED) lines.push(`… and ${error.issues.length - MAX_LISTED} more problems`);
  return lines;
}

/** Parse with a schema or throw a GeoDataError naming the file. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new GeoDataError(file, describeIssues(r.error));
  return r.data;
}

export interface BoundaryInputs {
  /** Parsed JSON of each file, keyed by the name used in messages (a path or URL). */
  province: { file: string; json: unknown };
  cities: { file: string; json: unknown };
  counties: { file: string; json: unknown };
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * Validate the three boundary layers and their relations (counts, unique codes, every county's
 * parent city present, county codes under their city's prefix). Throws GeoDataError on the first
 * file with problems; returns the typed layers otherwise.
 */
export function validateBoundaries(input: BoundaryInputs): Boundaries {
  const province = parseOrThrow(ProvinceCollectionSchema, input.province.json, input.province.file);
  if (province.features.length !== EXPECTED.provinces) {
    throw new GeoDataError(input.province.file, [
      `expected ${EXPECTED.provinces} province feature, found ${province.features.length}`,
    ]);
  }

  const cities = parseOrThrow(CityCollectionSchema, input.cities.json, input.cities.file);
  const cityProblems: string[] = [];
  if (cities.features.length !== EXPECTED.cities) {
    cityProblems.push(`expected ${EXPECTED.cities} cities, found ${cities.features.length}`);
  }
  const dupCities = duplicates(cities.features.map((f) => f.properties.adcode));
  if (dupCities.length) cityProblems.push(`duplicate city adcodes: ${dupCities.join(', ')}`);
  if (cityProblems.length) throw new GeoDataError(input.cities.file, cityProblems);

  const counties = parseOrThrow(CountyCollectionSchema, input.counties.json, input.counties.file);
  const countyProblems: string[] = [];
  if (counties.features.length !== EXPECTED.counties) {
    countyProblems.push(`expected ${EXPECTED.counties} counties, found ${counties.features.length}`);
  }
  const dupCounties = duplicates(counties.features.map((f) => f.properties.adcode));
  if (dupCounties.length) countyProblems.push(`duplicate county adcodes: ${dupCounties.join(', ')}`);
  const cityCodes = new Set(cities.features.map((f) => f.properties.adcode));
  for (const c of counties.features) {
    const p = c.properties;
    if (!cityCodes.has(p.city_adcode)) {
      countyProblems.push(`county ${p.adcode} ${p.name}: parent city ${p.city_adcode} is not in ${input.cities.file}`);
    } else if (p.adcode.slice(0, 4) !== p.city_adcode.slice(0, 4)) {
      countyProblems.push(`county ${p.adcode} ${p.name}: code does not start with its city's prefix ${p.city_adcode.slice(0, 4)}`);
    }
  }
  const childless = [...cityCodes].filter((code) => !counties.features.some((c) => c.properties.city_adcode === code));
  if (childless.length) countyProblems.push(`cities without any county: ${childless.join(', ')}`);
  if (countyProblems.length) {
    const shown = countyProblems.slice(0, MAX_LISTED);
    if (countyProblems.length > MAX_LISTED) shown.push(`… and ${countyProblems.length - MAX_LISTED} more problems`);
    throw new GeoDataError(input.counties.file, shown);
  }

  return { province, cities, counties };
}

/** Minimal CSV reader for the divisions table: no quoted fields occur in it (checked by the row count). */
export function parseDivisionsCsv(text: string, file: string): DivisionRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new GeoDataError(file, ['the file is empty']);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
  return parseOrThrow(z.array(DivisionRowSchema), rows, file);
}

/** The divisions table must describe exactly the features of the three layers (same codes, same names). */
export function checkDivisions(rows: DivisionRow[], b: Boundaries, file: string): void {
  const expected = new Map<string, string>();
  for (const f of [...b.province.features, ...b.cities.features, ...b.counties.features]) {
    expected.set(f.properties.adcode, f.properties.name);
  }
  const problems: string[] = [];
  if (rows.length !== expected.size) problems.push(`expected ${expected.size} rows, found ${rows.length}`);
  for (const r of rows) {
    const name = expected.get(r.adcode);
    if (name === undefined) problems.push(`${r.adcode} ${r.name} has no boundary feature`);
    else if (name !== r.name) problems.push(`${r.adcode}: name ${r.name} differs from the boundary file's ${name}`);
  }
  if (problems.length) throw new GeoDataError(file, problems.slice(0, MAX_LISTED));
}

/** Label points of the cities as a point layer: the map places Chinese names there, never outside the polygon. */
export function cityLabelPoints(cities: CityCollection) {
  return {
    type: 'FeatureCollection' as const,
    features: cities.features.map((f) => ({
      type: 'Feature' as const,
      id: f.id,
      properties: { adcode: f.properties.adcode, name: f.properties.name, name_en: f.properties.name_en, name_short: f.properties.name_short },
      geometry: { type: 'Point' as const, coordinates: [f.properties.label_lon, f.properties.label_lat] },
    })),
  };
}
export type LabelPoints = ReturnType<typeof cityLabelPoints>;
