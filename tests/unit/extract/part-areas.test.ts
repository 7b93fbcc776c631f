// A part of the subject's area (a 新区's directly-run area, towns and streets, the district's own level) or a set of
// industrial chains as a clause's subject states that part's figure, not the whole's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, title = '某某经济开发区', published = '2024-12') => extractDocument({ name: 't.txt', text, meta: { published, title } });

describe('a part of the area or economy as the clause subject', () => {
  it('"其中新区直管区规上工业增加值" is the directly-run area’s; the new area’s own growth is kept', () => {
    const r = doc('1至9月,甲乙新区规上工业增加值同比增长11.4%,其中新区直管区规上工业增加值同比增长47.2%。', '甲乙新区');
    expect(find(r, { indicator: 'industrial_value_added' }).map((f) => f.value)).toEqual([11.4]);
  });
  it('towns and streets (镇街, 各乡镇) of a county report state their own output', () => {
    const r = doc('1-8月,开发区完成规模以上工业产值640.5亿元,增长9.3%;镇街完成规模以上工业产值122.8亿元,增长7.1%。各乡镇实现营业收入55亿元。');
    expect(find(r, { indicator: 'industrial_output' }).map((f) => f.value)).toEqual([640.5, 9.3]);
    expect(find(r, { indicator: 'revenue' })).toEqual([]);
  });
  it('the district’s own level (区本级) beside its zones is no zone figure, nor its growth', () => {
    const r = doc('1-10月,开发区固定资产投资同比增长14.6%。其中,区本级固定资产投资占比58.2%,同比增长6.4%。');
    expect(find(r, { indicator: 'fixed_asset_investment' }).map((f) => [f.measure, f.value])).toEqual([['yoy_pct', 14.6]]);
  });
  it('a set of industrial chains is a part', () => {
    const r = doc('1-10月,开发区规上工业增加值同比增长12%,钢铁、化工、装备等5条重点产业链规上工业增加值同比增长21.5%。');
    expect(find(r, { indicator: 'industrial_value_added' }).map((f) => f.value)).toEqual([12]);
  });
  it('negative: a zone that names its street in brackets keeps its figure', () => {
    const r = doc('2023年,开发区(东湖街道)实现营业收入310亿元,同比增长8.2%。');
    expect(find(r, { indicator: 'revenue' }).map((f) => f.value)).toEqual([310, 8.2]);
  });
});

describe('a bound shared by several (均在/均超) is no one subject’s figure', () => {
  it('"甲、乙、丙三市增长均在30%以上" gives no growth; the zone’s own growth before it is kept', () => {
    const r = doc('一季度,开发区工业增加值同比增长9.5%,甲州、乙州、丙州工业增加值同比增长均在30%以上。');
    expect(find(r, { indicator: 'industrial_value_added' }).map((f) => f.value)).toEqual([9.5]);
  });
  it('negative: an annual average (年均增长) is not a shared bound', async () => {
    const { findNumbers } = await import('../../../src/extract/numbers');
    const t = '五年来固定资产投资年均增长13.5%,各园区均超20亿元。';
    expect(findNumbers(t).map((n) => [n.value, n.skip ?? null])).toEqual([
      [13.5, null],
      [20, 'shared'],
    ]);
  });
});
