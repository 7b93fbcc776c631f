// Which period and kind a figure gets when the text says 此次/今年/预计/到YYYY年. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, published?: string, title = '某某经济开发区工作动态') =>
  extractDocument({ name: 't.txt', text, meta: published ? { published, title } : undefined });

describe('periods', () => {
  it('此次 does not inherit the year an earlier sentence gave for a completed period', () => {
    const r = doc('2023年,开发区滚动开展“三个一批”活动,全年工业增加值增长12.1%。此次“三个一批”活动,新签约项目18个,总投资60.2亿元。', '2024-03');
    expect(find(r, { indicator: 'industrial_value_added' })[0]?.period).toBe('2023-01/2023-12');
    expect(find(r, { indicator: 'batch_signed', measure: 'count' })[0]?.period).toBe('2024-01/2024-03');
  });
  it('an undated text that reports a whole year and then 今年 is written the year after', () => {
    const r = doc('2022年,开发区共签约招商引资项目120个,签约金额350.5亿元。今年一季度,开发区签约项目30个,签约金额90.1亿元。');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => [f.value, f.period])).toEqual([
      [120, '2022-01/2022-12'],
      [30, '2023-01/2023-03'],
    ]);
  });
  it('a plan horizon (到2025年) is not the year the text was written', () => {
    const r = doc('2021年9月,省政府批复了开发区总体规划。到2025年,开发区实现工业增加值150亿元。');
    const f = find(r, { indicator: 'industrial_value_added' })[0];
    expect([f?.period, f?.kind]).toEqual(['2025-01/2025-12', 'target']);
  });
});

describe('kind', () => {
  it('figures the next sentence calls a goal are targets', () => {
    const r = doc('2018年,开发区工业增加值完成60亿元。到2022年,开发区工业增加值达到120亿元。这是市政府确定的发展目标。', '2019-02');
    expect(find(r, { indicator: 'industrial_value_added' }).map((f) => [f.value, f.kind])).toEqual([
      [60, 'actual'],
      [120, 'target'],
    ]);
  });
  it('预计完成 in a report written before the period ends governs every figure of the list', () => {
    const r = doc('2023年,开发区预计完成营业收入620亿元,规模以上工业总产值480亿元,固定资产投资95亿元。', '2023-12');
    expect(r.facts.map((f) => [f.indicator, f.kind])).toEqual([
      ['revenue', 'target'],
      ['industrial_output', 'target'],
      ['fixed_asset_investment', 'target'],
    ]);
  });
  it('预计 about a past period is still reported as achieved; 年均增长 is not a growth rate of the period', () => {
    const r = doc('2022年,开发区预计完成营业收入520亿元。目前开发区四上企业达到70家,年均增长15%。', '2023-04');
    expect(find(r, { indicator: 'revenue' })[0]?.kind).toBe('actual');
    expect(find(r, { measure: 'yoy_pct' })).toEqual([]);
  });
});

describe('estimates over several statements', () => {
  it('预计全年 governs the statements joined by semicolons', () => {
    const r = doc('预计全年实现地区生产总值500亿元,增长6%;实现规模以上工业产值1200亿元,增长11%;实现固定资产投资150亿元。', '2023-12');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.kind])).toEqual([
      ['industrial_output', 'value', 'target'],
      ['industrial_output', 'yoy_pct', 'target'],
      ['fixed_asset_investment', 'value', 'target'],
    ]);
  });
  it('an early-year report that also names the new year does not date undated figures to last year', () => {
    const r = doc('2023年,开发区工业增加值增长9%。2024年,开发区将继续抓项目。目前开发区四上企业达到70家。', '2024-02');
    expect(find(r, { indicator: 'above_scale_enterprises' })[0]?.period).toBe('2024-01/2024-02');
  });
});

describe('the year a text is written in', () => {
  it('a year whose sentence only states intentions is the plan’s, not the report’s', () => {
    const r = doc('2023年,开发区预计完成规模以上工业总产值900亿元,固定资产投资120亿元。2024年,开发区工作的总体要求是:稳中求进。');
    expect(r.facts.map((f) => [f.indicator, f.period, f.kind])).toEqual([
      ['industrial_output', '2023-01/2023-12', 'target'],
      ['fixed_asset_investment', '2023-01/2023-12', 'target'],
    ]);
  });
});

describe('slogans are not periods', () => {
  it('"确保首季“开门红”" does not make the next sentence’s signing a first-quarter goal', () => {
    const r = doc('某某市举行招商引资项目集中签约仪式,这是确保首季“开门红”的有力抓手。今日集中签约项目23个,总投资316亿元。', '2022-02');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => [f.value, f.period, f.kind])).toEqual([
      [23, '2022-01/2022-02', 'actual'],
      [316, '2022-01/2022-02', 'actual'],
    ]);
    // The quarter itself still dates figures.
    const q = doc('一季度,某某经济开发区完成工业投资6.1亿元。', '2022-04');
    expect(find(q, { indicator: 'industrial_investment' })[0]?.period).toBe('2022-01/2022-03');
  });
});

describe('results still to come', () => {
  it('"今年将完成…", "要实现…" are goals; "建成后将实现…" does not turn the signing before it into one', () => {
    const r = doc('某某经济开发区今年将完成工业投资58亿元。', '2024-03');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.period, f.kind])).toEqual([['2024-01/2024-12', 'target']]);
    const s = doc('一季度,某某经济开发区新签约项目11个,总投资33亿元,建成后将实现年产值47亿元。', '2024-04');
    expect(find(s, { indicator: 'signed_projects' }).map((f) => [f.value, f.kind])).toEqual([
      [11, 'actual'],
      [33, 'actual'],
    ]);
  });
});
