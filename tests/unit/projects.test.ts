import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildProjectIndex,
  countByZone,
  EMPTY_FILTER,
  filterProjects,
  formatInvestment,
  formatPeriod,
  parseQuery,
  projectFacets,
  projectTotals,
  queryProjects,
  reportedBy,
  sortProjects,
  STATUS_KEYS,
  type ProjectFilter,
  type ProjectRow,
} from '../../src/data/projects';
import { toPinyin } from '../../src/data/pinyin';
import { AtlasProjectSchema } from '../../src/data/schemas';
import { CITY_NAMES, PROJECTS, ZONES } from './fixtures/projects';

const index = buildProjectIndex(PROJECTS, { zones: ZONES, cityNames: CITY_NAMES }, toPinyin);
const ids = (rows: ProjectRow[]) => rows.map((r) => r.id);
const find = (f: Partial<ProjectFilter>) => ids(filterProjects(index, { ...EMPTY_FILTER, ...f })).sort();

describe('fixture', () => {
  it('matches the atlas.json project contract', () => {
    for (const p of PROJECTS) expect(() => AtlasProjectSchema.parse(p)).not.toThrow();
  });
});

describe('search', () => {
  it('finds a project by a Chinese fragment of its name', () => {
    expect(find({ q: '中医药' })).toEqual(['p2']);
  });

  it('finds projects by company, zone and city name', () => {
    expect(find({ q: '红星' })).toEqual(['p3']);
    expect(find({ q: '中北' })).toEqual(['p5']);
    expect(find({ q: '运城' })).toEqual(['p8', 'p9']);
  });

  it('finds projects by full pinyin of the zone (qingxu) and by initials (qx)', () => {
    const qingxu = ['p1', 'p2', 'p3', 'p4'];
    expect(find({ q: 'qingxu' })).toEqual(qingxu);
    expect(find({ q: 'qx' })).toEqual(qingxu);
    expect(find({ q: 'QingXu' })).toEqual(qingxu);
  });

  it('matches full pinyin only from a syllable start', () => {
    // "ngxu" sits inside "qingxu" but starts mid-syllable: nobody types that to mean 清徐.
    expect(find({ q: 'ngxu' })).toEqual([]);
    expect(find({ q: 'xuj' })).toEqual(['p1', 'p2', 'p3', 'p4']); // 徐经… typed as you go
  });

  it('reads polyphones in context: 长治 is changzhi, not zhangzhi', () => {
    expect(find({ q: 'changzhi' })).toEqual(['p6', 'p7']);
    expect(find({ q: 'zhangzhi' })).toEqual([]);
    expect(find({ q: 'zhongka' })).toEqual(['p7']); // 重卡
  });

  it('needs every term to match (AND), across fields', () => {
    expect(find({ q: '清徐 白酒' })).toEqual(['p3']);
    expect(find({ q: 'qx baijiu' })).toEqual(['p3']);
    expect(find({ q: '清徐 光伏' })).toEqual([]);
  });

  it('does not match a term across two fields', () => {
    // p3's name ends with 项目 and its company starts with 北京; "目北" only exists across the boundary.
    expect(find({ q: '目北' })).toEqual([]);
  });

  it('finds Latin text and digits in names, full-width or not', () => {
    expect(find({ q: 'sic' })).toEqual(['p1']);
    expect(find({ q: 'ＳｉＣ' })).toEqual(['p1']);
    expect(find({ q: '450' })).toEqual(['p1']);
  });

  it('accepts a mixed Chinese/pinyin term', () => {
    expect(find({ q: '清xu' })).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('without the pinyin dictionary, Chinese still matches and pinyin finds nothing', () => {
    const plain = buildProjectIndex(PROJECTS, { zones: ZONES, cityNames: CITY_NAMES });
    const q = (s: string) => ids(filterProjects(plain, { ...EMPTY_FILTER, q: s }));
    expect(q('中医药')).toEqual(['p2']);
    expect(q('sic')).toEqual(['p1']);
    expect(q('qx')).toEqual([]);
  });

  it('treats an empty or blank query as no filter', () => {
    expect(find({ q: '   ' })).toHaveLength(PROJECTS.length);
    expect(parseQuery('  ')).toEqual([]);
  });
});

describe('filters', () => {
  it('filters by one or several statuses, including "not stated"', () => {
    expect(find({ status: ['signed'] })).toEqual(['p1', 'p5']);
    expect(find({ status: ['started', 'effective'] })).toEqual(['p2', 'p7', 'p9']);
    expect(find({ status: ['unknown'] })).toEqual(['p4']);
  });

  it('filters by city, including the projects of the city itself and of its zones', () => {
    expect(find({ city: '140800' })).toEqual(['p8', 'p9']);
    expect(find({ city: '140100' })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('takes the city from the zone when the project has no city code', () => {
    const { city_adcode: _drop, ...noCity } = PROJECTS[5];
    const idx = buildProjectIndex([noCity], { zones: ZONES, cityNames: CITY_NAMES }, toPinyin);
    expect(filterProjects(idx, { ...EMPTY_FILTER, city: '140400' })).toHaveLength(1);
  });

  it('filters by zone and by period', () => {
    expect(find({ zone: '14000401' })).toEqual(['p6', 'p7']);
    expect(find({ period: '2023-01/2023-06' })).toEqual(['p3', 'p8']);
  });

  it('follows the timeline: same year, reported by the map period', () => {
    expect(reportedBy('2023-01/2023-06', '2023-01/2023-09')).toBe(true);
    expect(reportedBy('2023-01/2023-12', '2023-01/2023-09')).toBe(false); // not reported yet
    expect(reportedBy('2022-01/2022-06', '2023-01/2023-09')).toBe(false); // another year
    expect(reportedBy(undefined, '2023-01/2023-09')).toBe(false);
    expect(find({ asOf: '2023-01/2023-09' })).toEqual(['p1', 'p2', 'p3', 'p4', 'p8']);
    expect(find({ asOf: '2023-01/2023-06' })).toEqual(['p3', 'p8']);
    // An exact period wins over the timeline.
    expect(find({ asOf: '2023-01/2023-06', period: '2023-01/2023-12' })).toEqual(['p5', 'p6', 'p7']);
  });

  it('filters by investment range inclusively and leaves out projects without a figure', () => {
    expect(find({ invMin: 2.3, invMax: 8.8 })).toEqual(['p1', 'p5', 'p8', 'p9']);
    expect(find({ invMax: 0.3 })).toEqual(['p4', 'p6']); // p7 states no investment: not "0"
    expect(find({ invMin: 0 })).not.toContain('p7');
  });

  it('combines filters', () => {
    expect(find({ city: '140100', status: ['signed'], q: '锂电' })).toEqual(['p5']);
  });

  it('can ignore a filter (zone badges count without the zone selection)', () => {
    const f = { ...EMPTY_FILTER, zone: '14000401', status: ['signed' as const] };
    expect(ids(filterProjects(index, f, { ignore: ['zone'] })).sort()).toEqual(['p1', 'p5']);
  });
});

describe('sorting', () => {
  it('sorts by investment, biggest first, with missing figures last either way', () => {
    const desc = ids(sortProjects(index.rows, { key: 'investment', dir: 'desc' }));
    expect(desc).toEqual(['p2', 'p8', 'p5', 'p9', 'p1', 'p3', 'p4', 'p6', 'p7']);
    const asc = ids(sortProjects(index.rows, { key: 'investment', dir: 'asc' }));
    expect(asc).toEqual(['p6', 'p4', 'p3', 'p1', 'p9', 'p5', 'p8', 'p2', 'p7']);
  });

  it('sorts names in Chinese (pinyin) collation', () => {
    const names = sortProjects(index.rows, { key: 'name', dir: 'asc' }).map((r) => r.name[0]);
    // 安 an · 白 bai · 二 er · 高 gao · 聚 ju · 锂 li · 年 nian · 氢 qing · 市 shi
    expect(names).toEqual(['安', '白', '二', '高', '聚', '锂', '年', '氢', '市']);
    const rev = sortProjects(index.rows, { key: 'name', dir: 'desc' }).map((r) => r.name[0]);
    expect(rev).toEqual([...names].reverse());
  });

  it('sorts by lifecycle status (planned → effective), not alphabetically, unstated last', () => {
    const st = sortProjects(index.rows, { key: 'status', dir: 'asc' }).map((r) => r.status);
    expect(st).toEqual(['planned', 'negotiating', 'signed', 'signed', 'started', 'started', 'commissioned', 'effective', 'unknown']);
    const desc = sortProjects(index.rows, { key: 'status', dir: 'desc' }).map((r) => r.status);
    expect(desc[0]).toBe('effective');
    expect(desc.at(-1)).toBe('unknown');
  });

  it('breaks ties by name so equal values keep a predictable order', () => {
    const signed = sortProjects(index.rows, { key: 'status', dir: 'asc' }).filter((r) => r.status === 'signed');
    expect(ids(signed)).toEqual(['p5', 'p1']); // 锂 li before 年 nian
  });

  it('does not reorder its input', () => {
    const before = ids(index.rows);
    sortProjects(index.rows, { key: 'name', dir: 'desc' });
    expect(ids(index.rows)).toEqual(before);
  });
});

describe('totals', () => {
  it('counts, sums stated investment and splits by status', () => {
    const t = projectTotals(index.rows);
    expect(t.count).toBe(9);
    expect(t.withInvestment).toBe(8);
    expect(t.investment).toBe(36); // 2.3+15+1.5+0.3+5+0.1+8.8+3
    expect(t.byStatus.signed).toEqual({ count: 2, investment: 7.3 });
    expect(t.byStatus.effective).toEqual({ count: 1, investment: 0 });
    expect(t.byStatus.unknown.count).toBe(1);
  });

  it('adds decimals without floating-point noise', () => {
    const t = projectTotals(filterProjects(index, { ...EMPTY_FILTER, invMax: 0.3 }));
    expect(t.investment).toBe(0.4);
  });

  it('follows the filter', () => {
    const r = queryProjects(index, { ...EMPTY_FILTER, status: ['started'] }, { key: 'investment', dir: 'desc' });
    expect(ids(r.rows)).toEqual(['p2', 'p9']);
    expect(r.totals.count).toBe(2);
    expect(r.totals.investment).toBe(18);
  });

  it('counts projects per zone for the map badges', () => {
    const m = countByZone(index.rows);
    expect(m.get('14000101')).toBe(4);
    expect(m.get('14000401')).toBe(2);
    expect(m.has('140800')).toBe(false); // a city-level project is not a zone's
  });
});

describe('English names', () => {
  it('uses the gazetteer’s English zone name when there is one', () => {
    const zones = ZONES.map((z) => (z.id === '14000101' ? { ...z, name_en: 'Qingxu Economic Development Zone' } : z));
    const idx = buildProjectIndex(PROJECTS, { zones, cityNames: CITY_NAMES });
    const p1 = idx.rows.find((r) => r.id === 'p1')!;
    expect(p1.zoneNameEn).toBe('Qingxu Economic Development Zone');
    expect(p1.zoneName).toBe('清徐经济开发区');
    expect(idx.rows.find((r) => r.id === 'p6')!.zoneNameEn).toBe('长治高新技术产业开发区');
  });
});

describe('facets and formatting', () => {
  it('lists the cities, zones and periods present', () => {
    const f = projectFacets(index);
    expect(f.cities.map((c) => [c.value, c.count])).toEqual([['140100', 5], ['140400', 2], ['140800', 2]]);
    expect(f.zones.find((z) => z.value === '14000101')).toMatchObject({ label: '清徐经济开发区', count: 4 });
    expect(f.periods).toEqual(['2023-01/2023-06', '2023-01/2023-09', '2023-01/2023-12']);
    expect(f.maxInvestment).toBe(15);
  });

  it('formats 亿元 the Chinese way and shows a missing figure as a dash', () => {
    expect(formatInvestment(1234.5)).toBe('1,234.5 亿元');
    expect(formatInvestment(2.345)).toBe('2.35 亿元');
    expect(formatInvestment(null)).toBe('—');
    expect(formatInvestment(0)).toBe('0 亿元');
  });

  it('formats periods in both languages', () => {
    expect(formatPeriod('2023-01/2023-09')).toBe('2023年1—9月');
    expect(formatPeriod('2023-01/2023-12')).toBe('2023年全年');
    expect(formatPeriod('2023-01/2023-06', 'en')).toBe('Jan–Jun 2023');
  });
});

describe('properties', () => {
  const statusArb = fc.subarray([...STATUS_KEYS]);
  const filterArb = fc.record({
    q: fc.constantFrom('', 'qx', '项目', 'sic', 'changzhi', '清徐 白酒', 'zz'),
    status: statusArb,
    city: fc.constantFrom(null, '140100', '140400', '140800'),
    zone: fc.constantFrom(null, '14000101', '14000401'),
    period: fc.constantFrom(null, '2023-01/2023-09', '2023-01/2023-12'),
    invMin: fc.constantFrom(null, 0, 1, 5),
    invMax: fc.constantFrom(null, 2, 10),
  });

  it('a filtered list is a subset whose totals add up by status', () => {
    fc.assert(
      fc.property(filterArb, (f) => {
        const rows = filterProjects(index, f);
        const all = new Set(index.rows);
        expect(rows.every((r) => all.has(r))).toBe(true);
        const t = projectTotals(rows);
        const sumCount = STATUS_KEYS.reduce((s, k) => s + t.byStatus[k].count, 0);
        expect(sumCount).toBe(t.count);
        expect(t.withInvestment).toBe(rows.filter((r) => r.investment !== null).length);
      }),
    );
  });

  it('splitting by status partitions the list', () => {
    fc.assert(
      fc.property(filterArb, (f) => {
        const whole = filterProjects(index, { ...f, status: [] }).length;
        const parts = STATUS_KEYS.reduce((s, k) => s + filterProjects(index, { ...f, status: [k] }).length, 0);
        expect(parts).toBe(whole);
      }),
    );
  });

  it('sorting is a permutation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('investment', 'name', 'status' as const),
        fc.constantFrom('asc', 'desc' as const),
        (key, dir) => {
          const sorted = sortProjects(index.rows, { key, dir });
          expect(ids(sorted).sort()).toEqual(ids(index.rows).sort());
        },
      ),
    );
  });
});
