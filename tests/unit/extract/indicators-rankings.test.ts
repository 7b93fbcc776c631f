// Rankings, rates of other things, batches named together, early-year reviews. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, published = '2024-05', title = '某市开发区重点工作通报') => extractDocument({ name: 't.txt', text, meta: { published, title } });

describe('rankings of zones', () => {
  it('a ranking names the measure once; each listed zone gets its rate', () => {
    const r = doc('一季度,工业投资增速前三位的开发区分别是清徐经济开发区48.5%,和顺经济技术开发区30.2%,排名后三位且不达目标值的为寿阳经济技术开发区-12.4%。');
    expect(find(r, { indicator: 'industrial_investment', measure: 'yoy_pct' }).map((f) => [f.value, f.kind])).toEqual([
      [48.5, 'actual'],
      [30.2, 'actual'],
      [-12.4, 'actual'],
    ]);
  });
  it('the next sentence of the ranking keeps the measure', () => {
    const r = doc('一季度,规上工业增加值增速前两位的开发区为清徐经济开发区40%,和顺经济技术开发区31%。排名后两位的分别是古县经济技术开发区9%,孝义经济开发区7%。');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' }).map((f) => f.value)).toEqual([40, 31, 9, 7]);
  });
});

describe('rates and amounts that are not the indicator', () => {
  it('a landing rate rising is not growth of the signed projects', () => {
    const r = doc('2024年,开发区签约项目当年落地率由2023年的40.5%提高到2024年的70.2%。', '2025-01', '某某经济开发区年度总结');
    expect(find(r, { measure: 'yoy_pct' })).toEqual([]);
  });
  it('fixed-asset investment that projects drove, and output promised in contracts, are not the zone’s', () => {
    const r = doc('2023年,全市实施重点项目900个,带动固定资产投资完成420亿元。开发区新签约工业项目8个,合同投资额16.2亿元,合同工业产值60亿元。', '2024-02');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['signed_projects', 'count', 8],
      ['signed_projects', 'investment', 16.2],
    ]);
  });
  it('拟投资 after signed projects is their amount, achieved', () => {
    const r = doc('截至目前,开发区签约项目21个,拟投资88.6亿元。');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => [f.measure, f.value, f.kind])).toEqual([
      ['count', 21, 'actual'],
      ['investment', 88.6, 'actual'],
    ]);
  });
});

describe('batches named together', () => {
  it('"N个重点项目集中签约、开工、投产" and "集中签约、开工、投产的项目有N个" are totals', () => {
    expect(find(doc('5月10日,某某经济开发区18个重点项目集中签约、开工、投产。'), { measure: 'count' }).map((f) => [f.indicator, f.value])).toEqual([['batch_total', 18]]);
    const r = doc('此次“三个一批”活动,开发区集中签约、开工、投产的项目有36个,总投资120.4亿元。');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['batch_total', 'count', 36],
      ['batch_total', 'investment', 120.4],
    ]);
  });
  it('signed, started and commissioned counts side by side are the batches, unnamed', () => {
    const r = doc('本次活动,开发区签约项目3个,总投资12.5亿元;开工项目4个,总投资9.1亿元;投产项目2个,总投资30.2亿元。');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['batch_signed', 'count', 3],
      ['batch_signed', 'investment', 12.5],
      ['batch_started', 'count', 4],
      ['batch_started', 'investment', 9.1],
      ['batch_commissioned', 'count', 2],
      ['batch_commissioned', 'investment', 30.2],
    ]);
  });
});

describe('early-year reviews', () => {
  it('a February report reviewing last year dates undated figures to last year', () => {
    const r = doc('一、2023年工作回顾\n过去的一年,开发区实施承诺制项目120个,出让“标准地”15宗。', '2024-02', '某某经济开发区工作报告');
    expect(r.facts.map((f) => [f.indicator, f.period])).toEqual([
      ['commitment_approvals', '2023-01/2023-12'],
      ['standard_land', '2023-01/2023-12'],
    ]);
  });
  it('此次 after a completed year is the event at publication', () => {
    const r = doc('2023年,全市开发区工业增加值增长15.1%。此次“三个一批”活动,新签约项目12个。', '2024-02');
    expect(find(r, { indicator: 'batch_signed' })[0]?.period).toBe('2024-01/2024-02');
  });
});
