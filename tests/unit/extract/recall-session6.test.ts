// Recall, session 6: categories of missing facts seen on 3+ pages across 2+ never-tuned sets. Sentences written
// for these tests (invented names and numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published: string | undefined = '2024-08') =>
  extractDocument({ name: 't.txt', text, meta: published ? { published } : undefined });
const rows = (r: ReturnType<typeof doc>, measure?: string) =>
  r.facts.filter((f) => !measure || f.measure === measure).map((f) => [f.indicator, f.measure, f.value]);

describe('respective lists: the list in the clause before 分别, rates in the clause after', () => {
  it('"A、B、C等三大指标,分别完成x、y、z,同比增长a、b、c" pairs both lists in order', () => {
    for (const published of ['2021-03', undefined]) {
      const r = doc('2020年甲河经开区营业收入、工业总产值、税收收入等三大主要经济指标,分别完成320.5亿元、410.2亿元和21.3亿元,同比增长12%、9%和6%,位居全省前列。', published);
      expect(rows(r)).toEqual([
        ['revenue', 'value', 320.5],
        ['industrial_output', 'value', 410.2],
        ['revenue', 'yoy_pct', 12],
        ['industrial_output', 'yoy_pct', 9],
      ]);
      expect(new Set(r.facts.map((f) => f.subject))).toEqual(new Set(['甲河经济技术开发区']));
    }
  });
  it('a rate list of another length is not paired', () => {
    const r = doc('2020年甲河经开区营业收入、工业总产值、税收收入等三大主要经济指标,分别完成320.5亿元、410.2亿元和21.3亿元,同比增长12%和9%。', '2021-03');
    expect(rows(r, 'yoy_pct')).toEqual([]);
  });
});

describe('respective lists of subjects with no indicator of their own; unmarked lists before a marked one', () => {
  it('"…增速9.1%,其中甲港区、乙工业园分别增长a、b": the sentence’s indicator is the listed zones’', () => {
    const r = doc('1-6月,全市园区规模工业增加值增速8.2%,其中甲湖新港区、乙山县工业集中区、丙河县工业园分别增长10.4%、9.6%、7.9%。');
    const own = r.facts.filter((f) => ['10.4', '9.6', '7.9'].includes(String(f.value)));
    expect(own.map((f) => [f.subject, f.indicator, f.measure, f.value])).toEqual([
      ['甲湖新港区', 'industrial_value_added', 'yoy_pct', 10.4],
      ['乙山县工业集中区', 'industrial_value_added', 'yoy_pct', 9.6],
      ['丙河县工业园', 'industrial_value_added', 'yoy_pct', 7.9],
    ]);
  });
  it('with no indicator named in the sentence the listed zones get nothing', () => {
    const r = doc('发展势头良好,其中甲湖新港区、乙山县工业集中区、丙河县工业园分别增长10.4%、9.6%、7.9%。');
    expect(r.facts).toEqual([]);
  });
  it('"A、B较同期增长x、y,占全市比重分别达到c、d": both lists pair with A and B in order', () => {
    for (const published of ['2023-08', undefined]) {
      const r = doc('上半年,甲州高新区规上工业总产值、工业投资较同期增长14.2%、8.6%,占全市比重分别达到41.3%、35.1%。', published);
      expect(rows(r)).toEqual([
        ['industrial_output', 'yoy_pct', 14.2],
        ['industrial_investment', 'yoy_pct', 8.6],
        ['industrial_output', 'share_pct', 41.3],
        ['industrial_investment', 'share_pct', 35.1],
      ]);
    }
  });
  it('an unmarked list whose items are not all indicator words is not paired', () => {
    const r = doc('上半年,甲州高新区规上工业总产值、出口较同期增长14.2%、8.6%,占全市比重分别达到41.3%、35.1%。', '2023-08');
    // (出口 is no indicator of ours: its rate and share go nowhere, and nothing is shifted onto 总产值.)
    expect(r.facts.filter((f) => f.value === 8.6 || f.value === 35.1)).toEqual([]);
  });
});

describe('a photo caption ends its line', () => {
  // Lines of one width (a page laid out in columns) are joined where a sentence wraps; a caption's credit ends it.
  const page = (caption: string) =>
    [
      '甲河经开区前三季度经济运行稳中向好,全区上下聚焦项目建设和',
      '招商引资,主要指标保持较快增长,市场主体活力持续释放增强。',
      caption,
      '全社会固定资产投资完成86.4亿元,增速12.3%。其中基础设施',
      '投资完成21.5亿元,增速31.2%,产业投资保持平稳增长态势。',
    ].join('\n');
  it('the figures on the line after "…有限公司车间。记者 张三 摄" are the zone’s, not the pictured company’s', () => {
    for (const published of ['2024-10', undefined]) {
      const r = doc(page('乙丙精密机械有限公司生产车间一角。记者 张三 摄'), published);
      expect(r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value])).toEqual([
        ['甲河经济技术开发区', 'fixed_asset_investment', 'value', 86.4],
        ['甲河经济技术开发区', 'fixed_asset_investment', 'yoy_pct', 12.3],
      ]);
    }
  });
  it('a line that only wraps before 摄 (no credit) is still joined', () => {
    const r = doc(page('乙丙精密机械有限公司生产车间里,工人们正在忙着调试新设备和拍摄'));
    expect(r.facts).toEqual([]);
  });
});
