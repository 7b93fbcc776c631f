import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, toOriginalSpan, REPAIRS } from '../../../src/extract/normalise';
import { SEEDS, seedText } from './helpers';

describe('normalise: the seeds’ print noise', () => {
  it('joins a line broken mid-word in a two-column page and drops spaces around numbers', () => {
    const text = '在规上工业增加值方面，受客观因素影响，前三季\n度，开发区规上工业增加值出现“有增速负增量”现象，\n完成 112.78 亿元，同比增长 2.7%，增速低于目标值\n\n（15%）12.3 个百分点。\n';
    const n = normalise(text);
    expect(n.text).toContain('前三季度');
    expect(n.text).toContain('完成112.78亿元,同比增长2.7%');
    expect(n.text).toContain('目标值(15%)');
  });

  it('keeps a heading, a credit line and a page header on lines of their own', () => {
    const text = '供稿：晋中国家农业高新技术产业示范区\n\n太原中北高新技术产开发区\n\n【工作推进情况及亮点】\n\n在规上工业增加值方面，受客观因素影响，前三季\n度完成。\n';
    const lines = normalise(text).text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('供稿:晋中国家农业高新技术产业示范区');
    expect(lines[1]).toBe('太原中北高新技术产开发区');
    expect(lines[2]).toBe('【工作推进情况及亮点】');
  });

  it('repairs the mis-decoded glyphs through the table', () => {
    const n = normalise('建立“7伊24小时不打烊行政审批服务号”；蓝宝石晶体在 2050益的长晶炉内；持续发挥“承诺制垣标准地垣全代办”改革；规规化管理；2023 年 10 月 31 月\n8 时返回');
    expect(n.text).toContain('7×24小时');
    expect(n.text).toContain('2050℃的长晶炉');
    expect(n.text).toContain('“承诺制+标准地+全代办”');
    expect(n.text).toContain('规范化管理');
    expect(n.text).toContain('10月31日8时');
    expect(REPAIRS.every((r) => r.why.length > 0)).toBe(true);
  });

  it('does not "repair" the same glyphs where they are real words', () => {
    const n = normalise('伊利集团投资；公益事业；城垣遗址');
    expect(n.text).toBe('伊利集团投资;公益事业;城垣遗址');
  });

  it('writes a year (and its month and day) given in characters in digits, keeping a strictly increasing map', () => {
    for (const [src, want] of [
      ['落款:二〇二二年七月十五日', '落款:2022年7月15日'],
      ['二○二四年十二月三十一日前', '2024年12月31日前'],
      ['二零二零年上半年', '2020年上半年'],
      ['一九九九年十月一日', '1999年十月一日'], // 10月1日 would be longer than its source: the year only
    ]) {
      const n = normalise(src);
      expect(n.text).toBe(want);
      for (let i = 1; i < n.text.length; i++) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
    }
    // Not a year: a run of numerals inside a name or a count.
    expect(normalise('第一二三四年').text).toBe('第一二三四年');
  });

  it('converts traditional script to simplified without changing offsets', () => {
    const text = '運城經開區規上工業增加值完成38.5億元，同比增長7.2%；高新技術企業達到64家。';
    const n = normalise(text);
    expect(n.text).toContain('运城经开区规上工业增加值完成38.5亿元,同比增长7.2%');
    const at = n.text.indexOf('38.5');
    const span = toOriginalSpan(n, at, at + 4);
    expect(text.slice(span.start, span.end)).toBe('38.5');
  });

  it('folds full-width digits and punctuation', () => {
    const n = normalise('工业投资完成２３．０３亿元，同比下降２１．８％');
    expect(n.text).toBe('工业投资完成23.03亿元,同比下降21.8%');
  });

  it('maps every seed character back into the original text', () => {
    for (const s of SEEDS) {
      const t = seedText(s);
      const n = normalise(t);
      expect(n.map.length).toBe(n.text.length + 1);
      const bad: number[] = [];
      for (let i = 0; i < n.text.length; i++) {
        if (n.map[i] >= t.length || (i > 0 && n.map[i] <= n.map[i - 1])) bad.push(i);
        // Digits are never invented: each normalised digit is the same digit in the original.
        if (/\d/.test(n.text[i]) && t[n.map[i]] !== n.text[i]) bad.push(i);
      }
      expect(bad).toEqual([]);
    }
  });
});

describe('normalise: properties', () => {
  const noisy = fc
    .array(
    fc.constantFrom('工', '业', '投', '资', '完', '成', '亿', '元', '1', '2', '.', '%', ' ', '\n', '\n\n', '，', '。', '伊', '益', '垣', '承诺制', '標準地', '１', '（', '）', '【', '】', '供稿：', 'A', '\r\n'),
    { maxLength: 200 },
  )
    .map((xs) => xs.join(''));

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), noisy), (s) => {
        const once = normalise(s).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  }, 60000);

  it('keeps a strictly increasing map into the original', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), noisy), (s) => {
        const n = normalise(s);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.map[i]).toBeLessThan(s.length);
          if (i > 0) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
        }
        expect(n.map[n.text.length]).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  }, 60000);
});
