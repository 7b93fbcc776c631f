import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDocument } from '../../../src/extract/index';
import { ExtractResultSchema } from '../../../src/extract/schema';
import { foldDigits } from './helpers';

/** Strings built from the genre's own vocabulary, so the engine actually emits facts. */
const genre = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '规上工业增加值', '工业投资', '固定资产投资', '“签约一批”', '“三个一批”', '开工率', '标准地', '承诺制', '高新技术企业',
        '完成', '同比增长', '同比下降', '占工业投资比重', '合计', '其中', '全市开发区', '清徐开发区', '中北高新区和清徐开发区',
        '上半年', '1-9月', '全年', '计划', '【2024年工作计划】', '【2023年工作成绩】', '供稿：盂县经济技术开发区', '（', '）',
        '，', '。', '；', '\n', '\n\n', ' ', '亿元', '万元', '%', '个', '家', '宗', '亩', '余', '约', '项目', '总投资', '有限公司投资',
      ),
      fc.float({ min: 0, max: 5000, noNaN: true }).map((x) => String(Math.round(x * 100) / 100)),
      fc.integer({ min: 1, max: 12 }).map((m) => `${m}月`),
    ),
    { maxLength: 80 },
  )
  .map((xs) => xs.join(''));

describe('engine properties', () => {
  it('never throws on arbitrary strings and always returns schema-valid output', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), genre), (s) => {
        const r = extractDocument({ name: 'p.txt', text: s });
        expect(ExtractResultSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60000);

  it('every span lies inside the original text and contains the value’s digits', () => {
    fc.assert(
      fc.property(genre, fc.constantFrom('2023-07', '2023-11', '2024-04'), (s, published) => {
        const r = extractDocument({ name: 'p.txt', text: s, meta: { published } });
        for (const f of r.facts) {
          expect(f.source.start).toBeGreaterThanOrEqual(0);
          expect(f.source.end).toBeLessThanOrEqual(s.length);
          expect(f.source.end).toBeGreaterThan(f.source.start);
          const span = foldDigits(s.slice(f.source.start, f.source.end)).replace(/\s+/g, '');
          expect(span).toContain(String(Math.abs(f.value)));
        }
        for (const p of r.projects) {
          expect(p.source.start).toBeGreaterThanOrEqual(0);
          expect(p.source.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 300 },
    );
  }, 60000);
});
