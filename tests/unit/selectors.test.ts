import { describe, expect, it } from 'vitest';
import type { AtlasFact } from '../../src/data/schemas';
import {
  allValues,
  comparePeriods,
  defaultPeriod,
  formatValue,
  periodLabel,
  periodTick,
  periodsWithData,
  selectValues,
  seriesFor,
} from '../../src/data/selectors';
import { buildCatalogue, defaultIndicator } from '../../src/data/indicators';
import { makeAtlasFact } from './fixtures/facts';

const fact = (p: Partial<AtlasFact>): AtlasFact => makeAtlasFact({ subject: 'x', subject_id: 'Z1', value: 1, ...p });

const H1 = '2023-01/2023-06';
const Q3 = '2023-01/2023-09';
const Y = '2023-01/2023-12';
const PERIODS = [H1, Q3, Y];

describe('period labels in Chinese', () => {
  it.each([
    ['2023-01/2023-06', '2023年上半年', 'H1 2023'],
    ['2023-01/2023-09', '2023年1–9月', 'Jan–Sep 2023'],
    ['2023-01/2023-10', '2023年1–10月', 'Jan–Oct 2023'],
    ['2023-01/2023-12', '2023年全年', 'Full year 2023'],
    ['2024-01/2024-12', '2024年全年', 'Full year 2024'],
    ['2023-05/2023-05', '2023年5月', 'May 2023'],
  ])('%s → %s', (p, zh, en) => {
    expect(periodLabel(p, 'zh')).toBe(zh);
    expect(periodLabel(p, 'en')).toBe(en);
  });

  it('orders by end month then start month', () => {
    expect([Y, '2024-01/2024-12', H1, Q3, '2023-01/2023-10'].sort(comparePeriods)).toEqual([
      H1, Q3, '2023-01/2023-10', Y, '2024-01/2024-12',
    ]);
  });
});

describe('values by feature', () => {
  const facts = [
    fact({ subject_id: 'Z1', period: H1, value: 60 }),
    fact({ subject_id: 'Z1', period: Q3, value: 112.78 }),
    fact({ subject_id: 'Z2', period: H1, value: 30 }),
    fact({ subject_id: '140100', scope: 'city', period: Q3, value: 900 }),
    fact({ subject_id: 'Z1', period: Q3, measure: 'yoy_pct', value: 2.7, unit: '%' }),
    fact({ subject_id: 'Z3', period: Q3, value: 50, kind: 'target' }),
    fact({ subject_id: '140000', scope: 'province', period: Q3, value: 5000 }),
  ];
  const q = { indicator: 'industrial_value_added', measure: 'value', kind: 'actual' as const };

  it('exact mode shows only values of the selected period', () => {
    const v = selectValues(facts, { ...q, period: Q3, asof: false });
    expect([...v.keys()].sort()).toEqual(['140100', 'Z1']);
    expect(v.get('Z1')!.value).toBe(112.78);
    expect(v.get('Z1')!.older).toBe(false);
  });

  it('a feature without a value is absent (no data), never zero', () => {
    const v = selectValues(facts, { ...q, period: Q3, asof: false });
    expect(v.has('Z2')).toBe(false);
  });

  it('as-of mode takes the most recent earlier value and flags it as older', () => {
    const v = selectValues(facts, { ...q, period: Q3, asof: true });
    expect(v.get('Z2')).toMatchObject({ value: 30, period: H1, older: true });
    expect(v.get('Z1')).toMatchObject({ value: 112.78, period: Q3, older: false });
  });

  it('as-of never looks forward in time', () => {
    const v = selectValues(facts, { ...q, period: H1, asof: true });
    expect(v.get('Z1')!.value).toBe(60);
    expect(v.has('140100')).toBe(false);
  });

  it('actual and target are kept apart', () => {
    expect(selectValues(facts, { ...q, period: Q3, asof: false }).has('Z3')).toBe(false);
    expect(selectValues(facts, { ...q, kind: 'target', period: Q3, asof: false }).get('Z3')!.value).toBe(50);
  });

  it('province and group figures are not drawn on features', () => {
    expect(selectValues(facts, { ...q, period: Q3, asof: false }).has('140000')).toBe(false);
  });

  it('万元 amounts are put on the 亿元 scale of the indicator', () => {
    const mixed = [
      fact({ subject_id: 'A', value: 10 }),
      fact({ subject_id: 'B', value: 10 }),
      fact({ subject_id: 'C', value: 25000, unit: '万元' }),
    ];
    const v = selectValues(mixed, { ...q, period: Q3, asof: false });
    expect(v.get('C')).toMatchObject({ value: 2.5, unit: '亿元' });
  });

  it('conflicting reports: an exact value wins over an approximate one and the conflict is counted', () => {
    const c = [fact({ subject_id: 'A', value: 11, approx: true }), fact({ subject_id: 'A', value: 12 })];
    expect(selectValues(c, { ...q, period: Q3, asof: false }).get('A')).toMatchObject({ value: 12, alternatives: 1 });
  });

  it('class breaks use every period and both kinds of mapped values', () => {
    expect(allValues(facts, 'industrial_value_added', 'value').sort((a, b) => a - b)).toEqual([30, 50, 60, 112.78, 900]);
  });

  it('series over periods has null where the reports say nothing', () => {
    expect(seriesFor(facts, PERIODS, 'Z1', q).map((p) => p.value)).toEqual([60, 112.78, null]);
  });

  it('default period is the latest with data', () => {
    expect(periodsWithData(facts, PERIODS, q)).toEqual(new Set([H1, Q3]));
    expect(defaultPeriod(facts, PERIODS, q)).toBe(Q3);
  });
});

describe('catalogue', () => {
  const facts = [
    fact({ indicator: 'revenue', measure: 'yoy_pct', unit: '%' }),
    fact({ indicator: 'revenue', measure: 'value' }),
    fact({ indicator: 'batch_signed', measure: 'rate_pct', unit: '%' }),
    fact({ indicator: 'new_thing', measure: 'count', unit: '个' }),
    fact({ indicator: 'high_tech_enterprises', measure: 'count', unit: '家' }),
  ];
  const cat = buildCatalogue(facts);

  it('puts the six assessment indicators first, even those without data', () => {
    expect(cat[0].key).toBe('assessment');
    expect(cat[0].indicators.map((i) => i.key)).toEqual([
      'industrial_value_added', 'industrial_investment', 'transformation_investment',
      'high_tech_enterprises', 'above_scale_enterprises', 'output_intensity',
    ]);
    expect(cat[0].indicators[0].measures).toEqual([]);
  });

  it('offers the measures the data has, in preferred order', () => {
    const rev = cat.find((g) => g.key === 'investment')!.indicators.find((i) => i.key === 'revenue')!;
    expect(rev.measures).toEqual(['value', 'yoy_pct']);
  });

  it('keeps unknown indicators in an "other" group', () => {
    expect(cat[cat.length - 1].indicators.map((i) => i.key)).toEqual(['new_thing']);
  });

  it('defaults to the first indicator with data', () => {
    expect(defaultIndicator(cat)).toEqual({ indicator: 'high_tech_enterprises', measure: 'count' });
  });
});

describe('number formatting', () => {
  it('negative growth reads as negative with a real minus sign', () => {
    expect(formatValue(-21.8, '%')).toBe('−21.8%');
    expect(formatValue(112.78, '亿元')).toBe('112.78 亿元');
    expect(formatValue(11, '%', 'zh', true)).toBe('约 11%');
    expect(formatValue(12345.6, '万元')).toBe('12,345.6 万元');
  });
});

describe('slider ticks', () => {
  it('drop the year except where it changes', () => {
    const ps = ['2023-01/2023-06', '2023-01/2023-09', '2023-01/2023-12', '2024-01/2024-03'];
    const ticks = ps.map((p, i) => periodTick(p, ps[i - 1], 'zh'));
    expect(ticks).toEqual([
      { year: '2023年', label: '上半年' },
      { year: null, label: '1–9月' },
      { year: null, label: '全年' },
      { year: '2024年', label: '1–3月' },
    ]);
    expect(periodTick('2023-01/2023-09', undefined, 'en')).toEqual({ year: '2023', label: 'Jan–Sep' });
  });
});
