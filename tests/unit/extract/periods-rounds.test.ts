// A quarter that names an event's round ("举行2025年一季度重大项目签约开工活动") is no period of the round's
// figures: the round is held on its own date, and its figures are of the year up to that date.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find, run } from './helpers';

describe('a round named for its quarter', () => {
  it('held after the quarter: its figures run from January to the day it is held', () => {
    const r = run('4月9日,丙州市举行2025年一季度重大项目集中签约开工活动,本次共签约项目18个,总投资96亿元。', '2025-04');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => [f.value, f.period])).toEqual([[18, '2025-01/2025-04']]);
  });

  it('a later quarter\u2019s round is no April-to-June interval, also without metadata', () => {
    const text = '6月25日,丁县经济开发区举行2025年二季度招商引资项目“三集中”活动,集中签约项目22个,总投资41亿元。';
    for (const r of [run(text, '2025-06'), extractDocument({ name: 'bare.txt', text })]) {
      expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => [f.value, f.period])).toEqual([[22, '2025-01/2025-06']]);
    }
  });

  it('a quarter stating results stays that quarter, dated to its end (negative)', () => {
    const r = run('二季度,戊州经济开发区完成固定资产投资15.2亿元,同比增长6.4%。', '2025-07');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' }).map((f) => f.period)).toEqual(['2025-01/2025-06']);
    const q1 = run('一季度,戊州经济开发区完成固定资产投资8.3亿元。一季度活动较多。', '2025-05');
    expect(find(q1, { indicator: 'fixed_asset_investment', measure: 'value' }).map((f) => f.period)).toEqual(['2025-01/2025-03']);
  });
});

describe('a text reviewing a named year, undated', () => {
  const bare = (text: string) => extractDocument({ name: 'bare.txt', text });

  it('its 去年 is the reviewed year: the text is written the year after', () => {
    const r = bare('3月2日,在全县2024年经济社会发展成就新闻发布会上获悉,去年,某某经济开发区规模以上工业增加值增长9.4%。');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' }).map((f) => [f.value, f.period])).toEqual([[9.4, '2024-01/2024-12']]);
  });

  it('without 去年 a review dates its figures in the reviewed year (negative)', () => {
    const r = bare('某某经济开发区2024年工作总结。1-11月,开发区规模以上工业增加值增长7.1%。');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' }).map((f) => [f.value, f.period])).toEqual([[7.1, '2024-01/2024-11']]);
  });
});

describe('a whole year reported with its verb, then 今年, undated', () => {
  const bare = (text: string) => extractDocument({ name: 'bare.txt', text });
  it('今年 is the year after the one just reported as complete', () => {
    const r = bare('开发区已成为税收主要来源,2021年实现税收占全市的38.5%。今年前三季度,某某经济开发区完成固定资产投资64.2亿元。');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' }).map((f) => f.period)).toEqual(['2022-01/2022-09']);
  });
  it('a year that is only a comparison base does not move 今年 (negative)', () => {
    const r = bare('今年前三季度,某某经济开发区完成固定资产投资64.2亿元,比2021年同期增长5.2%。');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' }).map((f) => f.period)).not.toContain('2022-01/2022-09');
  });
});
