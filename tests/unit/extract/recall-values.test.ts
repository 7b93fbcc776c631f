// Values and their measures in list and number forms. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-07') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value]);

describe('a second respective list reuses the items of the first', () => {
  it('"A、B、C分别完成x、y、z,分别增长a、b、c"', () => {
    const r = doc('上半年,宁晋经济开发区规上工业增加值、营业收入、固定资产投资分别完成12.1亿元、140亿元、33亿元,分别增长7.5%、6%、11.2%。');
    expect(brief(r)).toEqual([
      ['industrial_value_added', 'value', 12.1],
      ['revenue', 'value', 140],
      ['fixed_asset_investment', 'value', 33],
      ['industrial_value_added', 'yoy_pct', 7.5],
      ['revenue', 'yoy_pct', 6],
      ['fixed_asset_investment', 'yoy_pct', 11.2],
    ]);
  });
  it('a fall in the second list is negative; a count mismatch pairs nothing', () => {
    expect(brief(doc('上半年,宁晋经济开发区规上工业增加值、营业收入分别完成12.1亿元、140亿元,同比分别下降2.5%、4%。')).slice(2)).toEqual([
      ['industrial_value_added', 'yoy_pct', -2.5],
      ['revenue', 'yoy_pct', -4],
    ]);
    expect(doc('上半年,宁晋经济开发区规上工业增加值、营业收入分别完成12.1亿元、140亿元,分别增长7.5%、6%、11.2%。').facts.filter((f) => f.measure === 'yoy_pct')).toEqual([]);
  });
});

describe('亿 written without 元', () => {
  it('is 亿元 before punctuation', () => {
    const r = doc('上半年,宁晋经济开发区签约项目11个,总投资46亿。');
    expect(r.facts.map((f) => [f.measure, f.value, f.unit])).toEqual([
      ['count', 11, '个'],
      ['investment', 46, '亿元'],
    ]);
  });
  it('stays another unit when a unit word follows (亿度, 亿美元)', () => {
    const r = doc('上半年,宁晋经济开发区营业收入30亿,出口额2亿美元,用电量1.5亿度。');
    expect(r.facts.map((f) => [f.indicator, f.value, f.unit])).toEqual([['revenue', 30, '亿元']]);
  });
});

describe('respective lists closed by amounts or by their measure', () => {
  it('"完成A x亿元、B y亿元,分别增长a、b": each 、-part with an amount is an item', () => {
    const r = doc('上半年,宁晋经济开发区完成规上工业增加值12.1亿元、固定资产投资33亿元,分别增长7.5%、11.2%。');
    expect(brief(r)).toEqual([
      ['industrial_value_added', 'value', 12.1],
      ['fixed_asset_investment', 'value', 33],
      ['industrial_value_added', 'yoy_pct', 7.5],
      ['fixed_asset_investment', 'yoy_pct', 11.2],
    ]);
  });
  it('"A、B增速分别为a、b": the measure word closes the list', () => {
    expect(brief(doc('上半年,宁晋经济开发区规上工业增加值、固定资产投资增速分别为7.5%、11.2%。'))).toEqual([
      ['industrial_value_added', 'yoy_pct', 7.5],
      ['fixed_asset_investment', 'yoy_pct', 11.2],
    ]);
  });
});
