/**
 * Writes geo/zones.json (the gazetteer) and geo/divisions.json (cities and counties from
 * geo/shanxi-divisions.csv) from the hand-curated rows in zones-rows.ts.
 *   npx tsx geo/build/zones-build.ts
 * Output is deterministic (no timestamps) so a test can check the committed file is up to date.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZones, parseDivisionsCsv } from './zones-lib';
import { ZONE_ROWS } from './zones-rows';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

export function readBuildInput() {
  const seedsDir = join(root, 'seeds');
  const seeds: Record<string, string> = {};
  for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) seeds[f] = readFileSync(join(seedsDir, f), 'utf8');
  return {
    rows: ZONE_ROWS,
    divisions: parseDivisionsCsv(read('geo/shanxi-divisions.csv')),
    counties: JSON.parse(read('geo/shanxi-counties.geojson')),
    cities: JSON.parse(read('geo/shanxi-cities.geojson')),
    seeds,
  };
}

/** One zone per line: small diffs when a row changes. */
export function formatGazetteer(file: object & { zones: unknown[] }): string {
  const { zones, ...rest } = file as { zones: unknown[]; [k: string]: unknown };
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  return `${head},\n  "zones": [\n${zones.map((z) => '    ' + JSON.stringify(z)).join(',\n')}\n  ]\n}\n`;
}

export function formatDivisions(rows: unknown[]): string {
  return `[\n${rows.map((r) => '  ' + JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const input = readBuildInput();
  const { file, notes } = buildZones(input);
  writeFileSync(join(root, 'geo/zones.json'), formatGazetteer(file));
  writeFileSync(join(root, 'geo/divisions.json'), formatDivisions(input.divisions));
  for (const n of notes) console.log('note:', n);
  console.log(`geo/zones.json: ${file.zones.length} zones (${file.excluded.length} excluded); geo/divisions.json: ${input.divisions.length} divisions`);
}
