/**
 * The join against the real gazetteer: every subject the reports give (the hand-made answer sets for the
 * five seeds and the held-out reports, and whatever the engine extracts from the seeds) lands on a map
 * feature — a zone, a city, a group of zones or the province.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/data/gazetteer';
import { joinAtlas, UNRESOLVED_PREFIX } from '../../src/data/join';
import { AtlasSchema } from '../../src/data/schemas';
import type { ExtractResult, Fact, Project } from '../../src/extract/schema';
import { buildAtlas, readSeeds } from '../../geo/build/join-step';

const root = join(__dirname, '..', '..');
const fixtureFiles = ['tests/fixtures/expected', 'tests/fixtures/heldout'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .map((f) => join(dir, f)),
);

describe('answer-set subjects join to map features', () => {
  it.each(fixtureFiles)('%s', (file) => {
    const data = JSON.parse(readFileSync(join(root, file), 'utf8')) as { facts: Partial<Fact>[]; projects: Partial<Project>[] };
    const seed = file.split('/').pop()!.replace(/\.json$/, '.txt');
    let n = 0;
    const src = () => ({ seed, start: (n += 10), end: n + 5 });
    const extract: ExtractResult = {
      facts: data.facts.map((f) => ({ city: '', quote: 'q', ...f, source: src() }) as Fact),
      // Answer-set projects carry no scope: a 市 subject is a city, anything else a zone.
      projects: data.projects.map(
        (p) => ({ scope: p.subject?.endsWith('市') ? 'city' : 'zone', city: '', quote: 'q', name: 'p', ...p, source: src() }) as Project,
      ),
      warnings: [],
    };
    expect(extract.facts.length + extract.projects.length).toBeGreaterThan(0);
    const atlas = joinAtlas({ extract, gazetteer: gazetteer(), generated: 'test' });
    const unresolved = [...atlas.facts, ...atlas.projects].filter((x) => x.subject_id.startsWith(UNRESOLVED_PREFIX)).map((x) => x.subject);
    expect(unresolved).toEqual([]);
    expect(atlas.quality).toEqual([]);
    const zoneIds = new Set(gazetteer().zones.map((z) => z.id));
    for (const f of atlas.facts) {
      if (f.scope === 'zone') expect(zoneIds.has(f.subject_id), f.subject).toBe(true);
      if (f.scope === 'group') expect(f.member_ids!.every((m) => zoneIds.has(m)), f.subject).toBe(true);
    }
  });
});

describe('engine output over the seeds', () => {
  it('builds a valid atlas in which every extracted subject resolves', () => {
    const { atlas, quality } = buildAtlas(readSeeds(root), '2026-01-01T00:00:00Z');
    expect(AtlasSchema.safeParse(atlas).success).toBe(true);
    expect(atlas.zones.length).toBe(gazetteer().zones.length);
    const unresolved = atlas.facts.filter((f) => f.subject_id.startsWith(UNRESOLVED_PREFIX)).map((f) => `${f.subject} (${f.source.seed})`);
    expect(unresolved).toEqual([]);
    expect(quality.summary.facts_unresolved).toBe(0);
  });
});
