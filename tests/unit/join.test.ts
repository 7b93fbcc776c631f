import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult, Fact, Project } from '../../src/extract/schema';
import { makeGazetteer } from '../../src/data/gazetteer';
import { comparePeriods, joinAtlas, qualitySummary } from '../../src/data/join';
import { AtlasSchema, type Division, type Zone } from '../../src/data/schemas';
import { makeFact } from './fixtures/facts';

const divisions: Division[] = JSON.parse(readFileSync(join(__dirname, '../../geo/divisions.json'), 'utf8'));

const zone = (id: string, name: string, type: string, city: string, county: string, aliases: string[] = []): Zone => ({
  id,
  name,
  name_en: 'Test Zone',
  aliases,
  level: 'provincial',
  type,
  city_adcode: city,
  county_adcodes: [county],
  lon: 112.5,
  lat: 37.8,
  location_precision: 'county',
  location_note: '示意位置（县级精度）',
  sources: ['test'],
});

// A small gazetteer: three 太原 zones, one 晋中 zone, and two zones in the two different 城区.
const g = makeGazetteer(
  {
    about: 'test',
    excluded: [],
    zones: [
      zone('14201009', '清徐经济开发区', '经济开发区', '140100', '140121'),
      zone('SX-zhongbei', '太原中北高新技术产业开发区', '高新技术产业开发区', '140100', '140108', ['中北高新区']),
      zone('SX-yangqu', '阳曲现代农业产业示范区', '现代农业产业示范区', '140100', '140122'),
      zone('14201012', '祁县经济开发区', '经济开发区', '140700', '140727'),
      zone('SX-yq-chengqu', '阳泉城区经济开发区', '经济开发区', '140300', '140302'),
      zone('SX-jc-chengqu', '晋城城区经济开发区', '经济开发区', '140500', '140502'),
    ],
  },
  divisions,
);

let offset = 0;
const fact = makeFact;

function project(p: Partial<Project>): Project {
  offset += 100;
  return {
    subject: '清徐经济开发区',
    scope: 'zone',
    city: '太原市',
    name: '某某项目',
    source: { seed: 'seed_a.txt', start: offset, end: offset + 10 },
    quote: '某某项目开工',
    ...p,
  };
}

const run = (extract: Partial<ExtractResult>) =>
  joinAtlas({ extract: { facts: [], projects: [], warnings: [], ...extract }, gazetteer: g, generated: '2026-01-01T00:00:00Z' });

describe('joinAtlas', () => {
  it('joins zone facts by gazetteer id, whatever form the report used', () => {
    const atlas = run({ facts: [fact({}), fact({ subject: '清徐开发区' }), fact({ subject: '山西清徐经济开发区', measure: 'yoy_pct', value: 2.7, unit: '%' })] });
    expect(atlas.facts.map((f) => f.subject_id)).toEqual(['14201009', '14201009', '14201009']);
    expect(atlas.quality).toEqual([]);
    expect(AtlasSchema.safeParse(atlas).success).toBe(true);
  });

  it('joins city facts by adcode, province facts to 140000, groups by member ids', () => {
    const atlas = run({
      facts: [
        fact({ subject: '太原市', scope: 'city' }),
        fact({ subject: '山西省', scope: 'province', city: '' }),
        fact({ subject: '中北高新区和清徐开发区', scope: 'group', members: ['中北高新区', '清徐开发区'], value: 92.46 }),
      ],
    });
    expect(atlas.facts.map((f) => f.subject_id)).toEqual(['140100', '140000', 'group:SX-zhongbei+14201009']);
    expect(atlas.facts[2].member_ids).toEqual(['SX-zhongbei', '14201009']);
  });

  it('never drops an unknown or ambiguous subject: the fact stays, unplaced, and a quality issue says why', () => {
    const atlas = run({
      facts: [
        fact({ subject: '昔阳开发区', city: '晋中市' }),
        fact({ subject: '昔阳开发区', city: '晋中市', measure: 'yoy_pct' }),
        fact({ subject: '开发区', city: '太原市' }),
      ],
    });
    expect(atlas.facts).toHaveLength(3);
    expect(atlas.facts.map((f) => f.subject_id)).toEqual(['unresolved:昔阳开发区', 'unresolved:昔阳开发区', 'unresolved:开发区']);
    expect(atlas.quality.map((q) => [q.kind, q.name])).toEqual([
      ['ambiguous_subject', '开发区'],
      ['unknown_subject', '昔阳开发区'],
    ]);
    expect(atlas.quality[1].message).toMatch(/2×/); // one line per name, with a count
    expect(atlas.quality[0].message).toContain('清徐经济开发区');
    expect(atlas.quality[1]).toMatchObject({ seed: 'seed_a.txt', quote: expect.any(String) });
    expect(qualitySummary(atlas)).toMatchObject({ facts: 3, facts_joined: 0, facts_unresolved: 3 });
  });

  it('uses the fact’s city to settle a name only the city makes unique', () => {
    const atlas = run({ facts: [fact({ subject: '城区经济开发区', city: '晋城市' }), fact({ subject: '城区经济开发区', city: '阳泉市' })] });
    expect(atlas.facts.map((f) => f.subject_id)).toEqual(['SX-jc-chengqu', 'SX-yq-chengqu']);
  });

  it('flags a group with an unknown member and a zone reported under another city', () => {
    const atlas = run({
      facts: [
        fact({ subject: '清徐开发区和昔阳开发区', scope: 'group', members: ['清徐开发区', '昔阳开发区'] }),
        fact({ subject: '祁县经开区', city: '太原市' }),
      ],
    });
    expect(atlas.facts[0].subject_id).toBe('unresolved:清徐开发区和昔阳开发区');
    expect(atlas.facts[1].subject_id).toBe('14201012');
    expect(atlas.quality.map((q) => q.kind).sort()).toEqual(['city_mismatch', 'unknown_subject', 'unresolved_group']);
  });

  it('lists distinct periods sorted by end month, then start month', () => {
    const atlas = run({
      facts: [
        fact({ period: '2023-01/2023-12' }),
        fact({ period: '2023-01/2023-06' }),
        fact({ period: '2023-06/2023-06' }),
        fact({ period: '2023-01/2023-09' }),
        fact({ period: '2023-01/2023-06' }),
        fact({ period: '2024-01/2024-12' }),
      ],
    });
    expect(atlas.periods).toEqual(['2023-01/2023-06', '2023-06/2023-06', '2023-01/2023-09', '2023-01/2023-12', '2024-01/2024-12']);
    expect(comparePeriods('2023-01/2023-09', '2023-01/2023-09')).toBe(0);
  });

  it('gives every fact and project a unique, stable id', () => {
    const f = fact({});
    const a = run({ facts: [f, { ...f }], projects: [project({})] });
    const b = run({ facts: [f, { ...f }], projects: [project({})] });
    expect(new Set(a.facts.map((x) => x.id)).size).toBe(2);
    expect(a.facts.map((x) => x.id)).toEqual(b.facts.map((x) => x.id));
    expect(a.projects[0].id).toMatch(/^p:seed_a:/);
  });

  it('joins projects to their zone and city', () => {
    const atlas = run({ projects: [project({}), project({ subject: '太原市', scope: 'city' }), project({ subject: '无名园区', scope: 'zone' })] });
    expect(atlas.projects.map((p) => [p.subject_id, p.zone_id, p.city_adcode])).toEqual([
      ['14201009', '14201009', '140100'],
      ['140100', undefined, '140100'],
      ['unresolved:无名园区', undefined, undefined],
    ]);
    expect(atlas.quality.map((q) => q.name)).toEqual(['无名园区']);
  });

  it('carries extraction warnings through; name and conflict warnings go into the quality list, stale ones do not', () => {
    const atlas = run({
      warnings: [
        { kind: 'unknown_zone', message: '未知开发区名称: 晋阳开发区', source: { seed: 's.txt', start: 1, end: 6 }, detail: { raw: '晋阳开发区' } },
        { kind: 'unknown_zone', message: '未知开发区名称: 晋阳开发区', source: { seed: 's.txt', start: 40, end: 45 }, detail: { raw: '晋阳开发区' } },
        // The gazetteer knows this one (the engine used an older list): not a quality issue any more.
        { kind: 'unknown_zone', message: '未知开发区名称: 清徐开发区', source: { seed: 's.txt', start: 60, end: 65 }, detail: { raw: '清徐开发区' } },
        { kind: 'conflict', message: '清徐经济开发区 values differ: 8 / 37', source: { seed: 's.txt', start: 70, end: 80 }, detail: { subject: '清徐经济开发区' } },
        { kind: 'unattributed_number', message: 'a number near 工业投资' },
      ],
    });
    expect(atlas.warnings).toHaveLength(5);
    expect(atlas.quality).toEqual([
      { kind: 'unknown_zone', message: '未知开发区名称: 晋阳开发区 (2×)', name: '晋阳开发区', seed: 's.txt' },
      { kind: 'conflict', message: '清徐经济开发区 values differ: 8 / 37', name: '清徐经济开发区', seed: 's.txt' },
    ]);
  });
});
