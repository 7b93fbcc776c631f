import { describe, expect, it } from 'vitest';
import type { AtlasFact } from '../../src/data/schemas';
import { factsForCity, factsForZone, formatFactValue, groupByPeriod } from '../../src/ui/zone-facts';
import { makeAtlasFact } from './fixtures/facts';

let n = 0;
const f = (p: Partial<AtlasFact>): AtlasFact => makeAtlasFact({ source: { seed: 's.txt', start: ++n * 10, end: n * 10 + 5 }, quote: 'q', ...p });

describe('formatFactValue', () => {
  it('writes numbers the zh-CN way with the unit as printed', () => {
    expect(formatFactValue(f({}), 'zh')).toBe('112.78 亿元');
    expect(formatFactValue(f({ value: 12345.5, unit: '万元' }), 'zh')).toBe('12,345.5 万元');
    expect(formatFactValue(f({ measure: 'count', value: 21, unit: '家' }), 'zh')).toBe('21 家');
    expect(formatFactValue(f({ measure: 'share_pct', value: 79.2, unit: '%' }), 'zh')).toBe('79.2%');
  });
  it('gives growth its sign, so a fall reads as a fall', () => {
    expect(formatFactValue(f({ measure: 'yoy_pct', value: 2.7, unit: '%' }), 'zh')).toBe('+2.7%');
    expect(formatFactValue(f({ measure: 'yoy_pct', value: -21.8, unit: '%' }), 'zh')).toBe('-21.8%');
    expect(formatFactValue(f({ measure: 'yoy_pct', value: 0, unit: '%' }), 'zh')).toBe('0%');
  });
  it('marks approximate figures', () => {
    expect(formatFactValue(f({ measure: 'yoy_pct', value: 11, unit: '%', approx: true }), 'zh')).toBe('约 +11%');
    expect(formatFactValue(f({ approx: true }), 'en')).toBe('≈ 112.78 亿元');
  });
});

describe('groupByPeriod', () => {
  it('puts the latest period first, indicators in catalogue order, actual before target', () => {
    const facts = [
      f({ period: '2023-01/2023-06', indicator: 'industrial_investment' }),
      f({ period: '2023-01/2023-12', kind: 'target', measure: 'yoy_pct', value: 15, unit: '%' }),
      f({ period: '2023-01/2023-09', indicator: 'industrial_investment', value: 23.03 }),
      f({ period: '2023-01/2023-09', measure: 'yoy_pct', value: 2.7, unit: '%' }),
      f({ period: '2023-01/2023-09' }),
    ];
    const groups = groupByPeriod(facts);
    expect(groups.map((g) => g.period)).toEqual(['2023-01/2023-12', '2023-01/2023-09', '2023-01/2023-06']);
    expect(groups[1].facts.map((x) => `${x.indicator}/${x.measure}`)).toEqual([
      'industrial_value_added/value',
      'industrial_value_added/yoy_pct',
      'industrial_investment/value',
    ]);
  });
});

describe('facts of a zone and of a city', () => {
  it('separates a zone’s own figures from group figures it is part of', () => {
    const atlas = {
      facts: [
        f({}),
        f({ subject_id: 'group:SX-zhongbei-gaoxin+14201009', scope: 'group', member_ids: ['SX-zhongbei-gaoxin', '14201009'] }),
        f({ subject_id: '140100', scope: 'city' }),
        f({ subject_id: 'SX-zhongbei-gaoxin' }),
      ],
    };
    const { own, groups } = factsForZone(atlas, '14201009');
    expect(own.map((x) => x.subject_id)).toEqual(['14201009']);
    expect(groups.map((x) => x.scope)).toEqual(['group']);
    expect(factsForCity(atlas, '140100')).toHaveLength(1);
  });
});
