/**
 * City comparison and page modes, the pure parts: the ?compare= and ?mode= parameters, picking
 * cities, which bars a city gets, the common chart scale, and the table of city-wide figures.
 */
import { describe, expect, it } from 'vitest';
import { atom } from 'nanostores';
import { formatCompareParam, parseCompareParam, toggleCompareCity } from '../../src/state/compare';
import { MODE_URL_PARAM, searchInMode } from '../../src/state/mode';
import { readParams, urlParam } from '../../src/state/url';
import { barExtent, chartScale, cityTable, compareGroups, niceCeil } from '../../src/ui/compare/compare-data';
import type { AtlasFact } from '../../src/data/schemas';

const CITIES = new Set(['140100', '140200', '140300', '140400', '140500', '140600', '140700', '140800']);

describe('?compare= parameter', () => {
  it('takes 2–6 known, different city codes in the given order', () => {
    expect(parseCompareParam('140700,140100', CITIES)).toEqual(['140700', '140100']);
    expect(parseCompareParam(' 140100 , 140200 ', CITIES)).toEqual(['140100', '140200']);
    expect(parseCompareParam('140100,140200,140300,140400,140500,140600', CITIES)).toHaveLength(6);
  });
  it('rejects one city, seven cities, duplicates, unknown and malformed codes', () => {
    expect(parseCompareParam('140100', CITIES)).toBeUndefined();
    expect(parseCompareParam('140100,140200,140300,140400,140500,140600,140700', CITIES)).toBeUndefined();
    expect(parseCompareParam('140100,140100', CITIES)).toBeUndefined();
    expect(parseCompareParam('140100,149900', CITIES)).toBeUndefined();
    expect(parseCompareParam('140100,140121', CITIES)).toBeUndefined();
    expect(parseCompareParam('140100,,140200', CITIES)).toBeUndefined();
    expect(parseCompareParam('taiyuan,jinzhong', CITIES)).toBeUndefined();
  });
  it('writes only a real comparison, so a link never carries an invalid value', () => {
    expect(formatCompareParam([])).toBe('');
    expect(formatCompareParam(['140100'])).toBe('');
    expect(formatCompareParam(['140100', '140700'])).toBe('140100,140700');
  });
  it('an invalid value gives the default and names the parameter', () => {
    const store = atom<string[]>([]);
    const table = [urlParam<string[]>({ key: 'compare', store, default: [], parse: (r) => parseCompareParam(r, CITIES), format: formatCompareParam })];
    const r = readParams('?compare=140100,140100', table);
    expect(r.values.get('compare')).toEqual([]);
    expect(r.invalid.map((i) => i.key)).toEqual(['compare']);
  });
});

describe('toggling cities', () => {
  it('adds in order, removes, and never goes beyond the maximum', () => {
    let l: string[] = [];
    l = toggleCompareCity(l, '140100');
    l = toggleCompareCity(l, '140700');
    expect(l).toEqual(['140100', '140700']);
    expect(toggleCompareCity(l, '140100')).toEqual(['140700']);
    const six = ['1', '2', '3', '4', '5', '6'];
    expect(toggleCompareCity(six, '7')).toEqual(six);
    expect(toggleCompareCity(six, '3')).toEqual(['1', '2', '4', '5', '6']);
  });
});

describe('?mode= parameter', () => {
  it('accepts present and embed, anything else is invalid', () => {
    expect(MODE_URL_PARAM.parse('present')).toBe('present');
    expect(MODE_URL_PARAM.parse('embed')).toBe('embed');
    expect(MODE_URL_PARAM.parse('kiosk')).toBeUndefined();
  });
  it('the same view in another mode keeps every other parameter; normal drops mode', () => {
    const city = atom<string | null>('140100');
    const table = [
      urlParam<string | null>({ key: 'city', store: city, default: null, parse: (r) => r, format: (v) => v ?? '' }),
      MODE_URL_PARAM,
    ];
    expect(searchInMode('?mode=embed&city=140100&portal=x', table, 'normal')).toBe('?city=140100&portal=x');
    expect(searchInMode('', table, 'embed')).toBe('?city=140100&mode=embed');
  });
});

/* ---------- chart model ---------- */

let n = 0;
function fact(p: Partial<AtlasFact> & Pick<AtlasFact, 'subject_id' | 'scope' | 'value'>): AtlasFact {
  n++;
  return {
    id: `f${n}`,
    subject: p.subject_id,
    city: null,
    period: '2023-01/2023-09',
    indicator: 'industrial_value_added',
    measure: 'value',
    unit: '亿元',
    kind: 'actual',
    approx: false,
    source: { seed: 'report-a.txt', start: 0, end: 10 },
    quote: `sentence ${n}`,
    ...p,
  } as AtlasFact;
}

const ZONES = [
  { id: 'Z1', name: '甲开发区', name_en: 'Zone A', city_adcode: '140100' },
  { id: 'Z2', name: '乙开发区', name_en: 'Zone B', city_adcode: '140100' },
  { id: 'Z3', name: '丙开发区', name_en: 'Zone C', city_adcode: '140700' },
  { id: 'Z4', name: '丁开发区', name_en: 'Zone D', city_adcode: '140700' },
];
const Q = { indicator: 'industrial_value_added', measure: 'value', period: '2023-01/2023-09', kind: 'actual' as const, asof: false };

describe('compareGroups', () => {
  const facts = [
    fact({ subject_id: 'Z1', scope: 'zone', value: 20 }),
    fact({ subject_id: 'Z2', scope: 'zone', value: 50 }),
    fact({ subject_id: '140700', scope: 'city', value: 266 }),
    fact({ subject_id: 'Z3', scope: 'zone', value: 31, period: '2023-01/2023-06' }),
    fact({ subject_id: 'Z4', scope: 'zone', value: 9, measure: 'yoy_pct', unit: '%' }),
  ];
  it('gives each city its city-wide bar (missing when no report gives it) and its zones with a value, largest first', () => {
    const g = compareGroups(facts, ZONES, ['140100', '140700'], Q);
    expect(g.map((x) => x.adcode)).toEqual(['140100', '140700']);
    expect(g[0].bars.map((b) => [b.id, b.value?.value ?? null])).toEqual([
      ['140100', null],
      ['Z2', 50],
      ['Z1', 20],
    ]);
    // Z3 is from another period, Z4 another measure: not bars.
    expect(g[1].bars.map((b) => [b.id, b.value?.value ?? null])).toEqual([['140700', 266]]);
  });
  it('in as-of mode an earlier value is used and marked as older', () => {
    const g = compareGroups(facts, ZONES, ['140700'], { ...Q, asof: true, period: '2023-01/2023-10' });
    const z3 = g[0].bars.find((b) => b.id === 'Z3')!;
    expect(z3.value?.period).toBe('2023-01/2023-06');
    expect(z3.value?.older).toBe(true);
  });
});

describe('chartScale', () => {
  it('totals run from 0 to a nice maximum', () => {
    const s = chartScale([266, 50, 20], 'value');
    expect(s).toMatchObject({ min: 0, max: 500, diverging: false, zero: 0 });
    expect(barExtent(250, s)).toEqual({ start: 0, width: 0.5 });
  });
  it('growth rates diverge from 0, negative bars extend left of the zero line', () => {
    const s = chartScale([6.56, -2.3], 'yoy_pct');
    expect(s.diverging).toBe(true);
    expect(s.min).toBe(-2.5);
    expect(s.max).toBe(10);
    expect(s.zero).toBeCloseTo(0.2);
    const neg = barExtent(-2.3, s);
    expect(neg.start + neg.width).toBeCloseTo(s.zero);
    expect(neg.start).toBeCloseTo(0.2 - 2.3 / 12.5);
    expect(barExtent(5, s).start).toBeCloseTo(0.2);
  });
  it('growth rates that are all positive still start at 0', () => {
    const s = chartScale([2.7, 183.2], 'yoy_pct');
    expect(s.min).toBe(0);
    expect(s.max).toBe(200);
  });
  it('no values gives a usable empty scale', () => {
    expect(chartScale([], 'value')).toMatchObject({ min: 0, max: 1 });
  });
  it('niceCeil rounds up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 112.78, 266].map(niceCeil)).toEqual([1, 1, 2, 2.5, 5, 10, 200, 500]);
  });
});

describe('cityTable', () => {
  it('lists every city-wide figure of the period with a cell per city, missing as null, exact before approximate', () => {
    const facts = [
      fact({ subject_id: '140700', scope: 'city', value: 266 }),
      fact({ subject_id: '140700', scope: 'city', value: 6.56, measure: 'yoy_pct', unit: '%' }),
      fact({ subject_id: '140100', scope: 'city', value: 30, indicator: 'fixed_asset_investment', approx: true }),
      fact({ subject_id: '140100', scope: 'city', value: 31, indicator: 'fixed_asset_investment' }),
      fact({ subject_id: '140100', scope: 'city', value: 40, kind: 'target' }),
      fact({ subject_id: '140100', scope: 'city', value: 1, period: '2023-01/2023-06' }),
      fact({ subject_id: 'Z1', scope: 'zone', value: 2 }),
      fact({ subject_id: '140200', scope: 'city', value: 3 }),
    ];
    const rows = cityTable(facts, ['140100', '140700'], '2023-01/2023-09');
    expect(rows.map((r) => [r.key, r.cells.map((c) => c?.value ?? null)])).toEqual([
      ['industrial_value_added|value|actual', [null, 266]],
      ['industrial_value_added|yoy_pct|actual', [null, 6.56]],
      ['industrial_value_added|value|target', [40, null]],
      ['fixed_asset_investment|value|actual', [31, null]],
    ]);
  });
});

describe('an embedded view keeps out of the embedding page’s history', () => {
  it('with replaceOnly, a selection replaces the entry instead of pushing one', async () => {
    const { startUrlSync } = await import('../../src/state/url');
    const city = atom<string | null>(null);
    const table = [urlParam<string | null>({ key: 'city', store: city, default: null, parse: (r) => r, format: (v) => v ?? '' })];
    const calls: string[] = [];
    const location = { pathname: '/', hash: '', search: '' };
    const win = {
      location,
      history: {
        pushState: (_d: unknown, _u: string, url?: string) => void (calls.push(`push ${url}`), (location.search = url!.slice(1))),
        replaceState: (_d: unknown, _u: string, url?: string) => void (calls.push(`replace ${url}`), (location.search = url!.slice(1))),
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    let embed = true;
    const sync = startUrlSync(table, { win, replaceOnly: () => embed });
    city.set('140100');
    await new Promise((r) => setTimeout(r, 0));
    embed = false;
    city.set('140700');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['replace /?city=140100', 'push /?city=140700']);
    sync.stop();
  });
});
