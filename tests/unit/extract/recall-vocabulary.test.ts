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
