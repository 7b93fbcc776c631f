/**
 * A known atlas for the projects view's browser tests: the gazetteer's real zones plus the
 * projects of the hand-annotated answer set (tests/fixtures/expected/*.json), served in place of
 * the build's atlas.json. The tests then check the view against data whose truth is known,
 * whatever the extraction engine currently finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Atlas, AtlasProject, Zone } from '../../src/data/schemas';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface ExpectedProject {
  subject: string;
  name: string;
  company?: string;
  investment?: number;
  capacity?: string;
  status?: AtlasProject['status'];
  quote: string;
}

const CITY_ADCODE: Record<string, string> = {
  太原市: '140100', 大同市: '140200', 阳泉市: '140300', 长治市: '140400', 晋城市: '140500', 朔州市: '140600',
  晋中市: '140700', 运城市: '140800', 忻州市: '140900', 临汾市: '141000', 吕梁市: '141100',
};
const CITY_NAME = Object.fromEntries(Object.entries(CITY_ADCODE).map(([n, c]) => [c, n]));

export function fixtureAtlas(): Atlas {
  const zones = (JSON.parse(readFileSync(join(ROOT, 'geo', 'zones.json'), 'utf8')) as { zones: Zone[] }).zones;
  const byName = new Map<string, Zone>();
  for (const z of zones) for (const n of [z.name, ...z.aliases]) byName.set(n, z);
  const dir = join(ROOT, 'tests', 'fixtures', 'expected');
  const projects: AtlasProject[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const seed = file.replace(/\.json$/, '.txt');
    const exp = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { projects: ExpectedProject[] };
    exp.projects.forEach((p, i) => {
      const zone = byName.get(p.subject);
      const cityAdcode = zone?.city_adcode ?? CITY_ADCODE[p.subject];
      if (!cityAdcode) throw new Error(`${file}: subject ${p.subject} is neither a zone nor a city`);
      projects.push({
        id: `${file.slice(0, 3)}-p${i}`,
        subject: p.subject,
        subject_id: zone?.id ?? cityAdcode,
        scope: zone ? 'zone' : 'city',
        city: CITY_NAME[cityAdcode],
        zone_id: zone?.id,
        city_adcode: cityAdcode,
        name: p.name,
        company: p.company,
        investment: p.investment,
        capacity: p.capacity,
        status: p.status,
        // The answer set has no offsets; the quote's own length keeps the contract (end > start).
        source: { seed, start: 0, end: p.quote.length },
        quote: p.quote,
      });
    });
  }
  return { generated: 'e2e-fixture', zones, facts: [], projects, periods: [], warnings: [], quality: [] };
}

/** Serve `atlas` instead of whatever the build emitted (the manifest is patched to list it). */
export async function serveAtlas(page: Page, atlas: Atlas): Promise<void> {
  const body = JSON.stringify(atlas);
  await page.route('**/data/manifest.json*', async (route) => {
    const res = await route.fetch();
    const manifest = (await res.json()) as { files: Record<string, unknown> };
    manifest.files.atlas = { path: 'atlas.json', bytes: body.length, sha: 'e2efixture' };
    await route.fulfill({ response: res, json: manifest });
  });
  await page.route('**/data/atlas.json*', (route) => route.fulfill({ contentType: 'application/json', body }));
}
