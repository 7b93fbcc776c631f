// Indicator-table rows added for phrasings that recur in zone reports. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-07') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value]);

describe('总产值 alone is the zone’s industrial output', () => {
  it('"开发区实现总产值X亿元,同比增长Y%"', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现总产值88.4亿元,同比增长9.7%,主营业务收入90.1亿元。'))).toEqual([
      ['宁晋经济开发区', 'industrial_output', 'value', 88.4],
      ['宁晋经济开发区', 'industrial_output', 'yoy_pct', 9.7],
      ['宁晋经济开发区', 'revenue', 'value', 90.1],
    ]);
  });
  it('a sector’s 总产值 (农林牧渔业, 旅游) is not', () => {
    expect(doc('上半年,宁晋经济开发区农林牧渔业总产值3.2亿元,旅游总产值1.1亿元。').facts).toEqual([]);
  });
});

describe('高企 is the short form of 高新技术企业', () => {
  it('counts the stock, not the increment', () => {
    expect(brief(doc('上半年,宁晋经济开发区新增高企6家,高企总数达到41家。'))).toEqual([['宁晋经济开发区', 'high_tech_enterprises', 'count', 41]]);
  });
});

describe('signings reported by how they were brought in or by size', () => {
  it('"招引项目N个" is a signing count, like 引进', () => {
    expect(brief(doc('上半年,宁晋经济开发区新招引项目14个,总投资52.3亿元。'))).toEqual([
      ['宁晋经济开发区', 'signed_projects', 'count', 14],
      ['宁晋经济开发区', 'signed_projects', 'investment', 52.3],
    ]);
  });
  it('"签约亿元以上项目N个" / "新签约10亿元以上项目达到N个" are the zone’s signing counts', () => {
    expect(brief(doc('上半年,宁晋经济开发区签约亿元以上项目14个,总投资52.3亿元。'))[0]).toEqual(['宁晋经济开发区', 'signed_projects', 'count', 14]);
    expect(brief(doc('上半年,宁晋经济开发区新签约10亿元以上项目达到6个。'))).toEqual([['宁晋经济开发区', 'signed_projects', 'count', 6]]);
  });
  it('a sector beside the threshold makes it a part', () => {
    expect(doc('上半年,宁晋经济开发区签约亿元以上新能源项目5个。').facts).toEqual([]);
  });
  it('签约资金 is the signed amount', () => {
    expect(brief(doc('上半年,宁晋经济开发区共签约14个项目,签约资金52.3亿元。'))).toEqual([
      ['宁晋经济开发区', 'signed_projects', 'count', 14],
      ['宁晋经济开发区', 'signed_projects', 'investment', 52.3],
    ]);
  });
});

describe('short and renamed forms', () => {
  it('主营收入 is 主营业务收入', () => {
    expect(brief(doc('上半年,宁晋经济开发区主营收入96.2亿元,增长4.4%。'))).toEqual([
      ['宁晋经济开发区', 'revenue', 'value', 96.2],
      ['宁晋经济开发区', 'revenue', 'yoy_pct', 4.4],
    ]);
  });
  it('经营主体 is 市场主体 (the name since 2023); 1.2万户 is kept as printed', () => {
    const r = doc('截至6月底,宁晋经济开发区经营主体达到1.3万户。');
    expect(r.facts.map((f) => [f.indicator, f.value, f.unit])).toEqual([['market_entities', 1.3, '万户']]);
  });
  it('entities reached by a measure are not the stock', () => {
    expect(doc('今年以来,宁晋经济开发区惠及经营主体310余户,服务市场主体500家。').facts).toEqual([]);
  });
});

describe('output per mu', () => {
  it('亩均产值/亩均营业收入 in 万元 is output intensity in 万元/亩', () => {
    const r = doc('上半年,宁晋经济开发区亩均营业收入达到365万元。');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value, f.unit])).toEqual([['output_intensity', 'value', 365, '万元/亩']]);
  });
  it('another per-mu figure after it (亩均税收) is not', () => {
    const r = doc('上半年,宁晋经济开发区亩均产值365万元、亩均税收21万元。');
    expect(r.facts.map((f) => f.value)).toEqual([365]);
  });
});

describe('signings are a flow', () => {
  it('"新增签约项目N个" counts the period’s signings (an increment of a stock would not)', () => {
    expect(brief(doc('上半年,宁晋经济开发区新增签约项目14个,总投资52.3亿元。')).map((x) => x.slice(1))).toEqual([
      ['signed_projects', 'count', 14],
      ['signed_projects', 'investment', 52.3],
    ]);
    expect(doc('上半年,宁晋经济开发区新增高新技术企业6家。').facts).toEqual([]);
  });
  it('"签约落地项目N个" is a signing count', () => {
    expect(brief(doc('上半年,宁晋经济开发区新签约落地项目14个。'))).toEqual([['宁晋经济开发区', 'signed_projects', 'count', 14]]);
  });
});
