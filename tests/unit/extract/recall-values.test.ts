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

describe('a growth rate belongs to the figure its clause names', () => {
  it('after another figure’s amount, the rate is that figure’s (利润总额, 到位资金, 实际使用外资)', () => {
    for (const other of ['利润总额12亿元', '实际到位资金12亿元', '实际使用外资1.2亿美元', '上缴税金3亿元']) {
      const r = doc(`上半年,宁晋经济开发区实现营业收入140亿元,${other},同比增长20.5%。`);
      expect(brief(r)).toEqual([['revenue', 'value', 140]]);
    }
  });
  it('a rate whose clause names another figure is not the indicator’s', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入140亿元,利润总额增长20.5%。'))).toEqual([['revenue', 'value', 140]]);
  });
  it('a comparison base or a ranking names nothing new', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入140亿元,较去年同期的116亿元增长20.5%。'))).toEqual([
      ['revenue', 'value', 140],
      ['revenue', 'yoy_pct', 20.5],
    ]);
    expect(brief(doc('上半年,宁晋经济开发区营业收入140亿元,同比增长20.5%,增速居全市第一。'))).toEqual([
      ['revenue', 'value', 140],
      ['revenue', 'yoy_pct', 20.5],
    ]);
  });
  it('the next sentence still carries the indicator', () => {
    const r = doc('上半年,宁晋经济开发区工业投资完成6.1亿元,利润总额2亿元。全年计划完成15亿元。');
    expect(brief(r)).toEqual([
      ['industrial_investment', 'value', 6.1],
      ['industrial_investment', 'value', 15],
    ]);
  });
});

describe('denominators and averages are not the indicator', () => {
  it('"占全区固定资产投资的66.7%" is a share of the numerator named before', () => {
    expect(brief(doc('上半年,宁晋经济开发区工业投资6.1亿元,占全区固定资产投资的61.2%,同比增长15%。'))).toEqual([
      ['industrial_investment', 'value', 6.1],
      ['industrial_investment', 'share_pct', 61.2],
      ['industrial_investment', 'yoy_pct', 15],
    ]);
  });
  it('"户均营收" / "人均产值" are averages', () => {
    expect(brief(doc('上半年,宁晋经济开发区营业收入140亿元,规上企业户均营收2.1亿元,人均产值80万元。'))).toEqual([['revenue', 'value', 140]]);
  });
});

describe('a growth rate with an adverb is still the indicator’s', () => {
  it('"逆势增长", "同比大幅增长", "增长幅度达"', () => {
    for (const g of ['逆势增长20.5%', '同比大幅增长20.5%', '增长幅度达20.5%']) {
      expect(brief(doc(`上半年,宁晋经济开发区实现营业收入140亿元,${g}。`))).toEqual([
        ['revenue', 'value', 140],
        ['revenue', 'yoy_pct', 20.5],
      ]);
    }
  });
  it('newly registered entities are a flow, not the stock', () => {
    expect(brief(doc('上半年,宁晋经济开发区新登记市场主体420户,市场主体总数达3100户。'))).toEqual([['market_entities', 'count', 3100]]);
  });
});
