// Indicator words and units seen in reports from other places. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, published = '2024-08', title = '某某经济开发区运行简报') => extractDocument({ name: 't.txt', text, meta: { published, title } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value, f.unit]);

describe('vocabulary', () => {
  it('固定投资 is fixed-asset investment; 涨幅 is a growth rate', () => {
    const r = doc('上半年,开发区固定投资增长21.4%,工业投资6.5亿元,涨幅12.2%。');
    expect(brief(r)).toEqual([
      ['fixed_asset_investment', 'yoy_pct', 21.4, '%'],
      ['industrial_investment', 'value', 6.5, '亿元'],
      ['industrial_investment', 'yoy_pct', 12.2, '%'],
    ]);
  });
  it('工业固定资产投资 is industrial investment', () => {
    const r = doc('一季度,园区实现工业固定资产投资2.35亿元。', '2024-04');
    expect(brief(r)).toEqual([['industrial_investment', 'value', 2.35, '亿元']]);
  });
  it('工业产值 is industrial output; an increment of it is not', () => {
    expect(brief(doc('1-7月,开发区完成规上工业产值48.2亿元。'))).toEqual([['industrial_output', 'value', 48.2, '亿元']]);
    expect(brief(doc('1-7月,开发区新投产企业新增规上工业产值近6亿元。'))).toEqual([]);
  });
  it('企业总收入 is revenue, 财政总收入 is not', () => {
    expect(brief(doc('2023年,开发区实现企业总收入312.5亿元。', '2024-02'))).toEqual([['revenue', 'value', 312.5, '亿元']]);
    expect(brief(doc('2023年,开发区实现财政总收入12.5亿元。', '2024-02'))).toEqual([]);
  });
  it('产出强度 in 万元/公顷 and 万亿元 amounts stay as printed', () => {
    const r = doc('2023年,全国国家级开发区工业用地产出强度达到11820.5万元/公顷,企业营业收入2.36万亿元。', '2024-03', '国家级开发区土地集约利用情况');
    expect(brief(r)).toEqual([
      ['output_intensity', 'value', 11820.5, '万元/公顷'],
      ['revenue', 'value', 2.36, '万亿元'],
    ]);
  });
  it('started projects after a signing amount are another set, not more signing money', () => {
    const r = doc('2023年,全省共签约招商项目1500个,签约金额0.98万亿元,开工项目1200个,项目计划总投资3300亿元。', '2024-02', '山西省开发区2023年发展情况');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => [f.measure, f.value])).toEqual([
      ['count', 1500],
      ['investment', 0.98],
    ]);
  });
  it('an aside naming its own indicator keeps its figure, and the sentence returns to the outer indicator', () => {
    const r = doc('一季度,开发区规上工业增加值完成3.1亿元(工业产值完成8.8亿元),增加值同比增长18.5%。', '2024-04');
    expect(brief(r)).toEqual([
      ['industrial_value_added', 'value', 3.1, '亿元'],
      ['industrial_output', 'value', 8.8, '亿元'],
      ['industrial_value_added', 'yoy_pct', 18.5, '%'],
    ]);
  });
  it('an undated report stating a year-end total was written after that year ended', () => {
    const r = extractDocument({ name: 't.txt', text: '北京2月3日电 截至2022年底,全国国家级开发区工业用地产出强度达到11820.5万元/公顷。' });
    expect(find(r, { indicator: 'output_intensity' })[0]?.period).toBe('2022-01/2022-12');
  });
});

describe('one sector’s enterprises', () => {
  it('the revenue of a service sector’s enterprises is not the zone’s', () => {
    const r = doc('前三季度,软件和信息服务业方面,规上软件企业累计实现营收增速9.1%。开发区规上工业增加值增长8%。', '2024-10');
    expect(brief(r)).toEqual([['industrial_value_added', 'yoy_pct', 8, '%']]);
  });
});
