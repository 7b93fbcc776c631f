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
