/**
 * Reports from other places and other layouts: the subject is named only in the title or generically,
 * zones are not in the Shanxi gazetteer, pages carry ruby pinyin. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { normalise } from '../../../src/extract/normalise';
import { find } from './helpers';

const doc = (text: string, title?: string, published = '2022-08') =>
  extractDocument({ name: 't.txt', text, meta: { published, ...(title ? { title } : {}) } });

describe('subject from the title when the text says only 经开区/高新区/我区', () => {
  it('gives the figures to the zone the title names, even when the gazetteer does not know it', () => {
    const r = doc('上半年,经开区规上工业增加值同比增长12.5%,持续领先。', '某某经济开发区：上半年工业运行平稳');
    const [f] = find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' });
    expect(f).toMatchObject({ subject: '某某经济开发区', scope: 'zone', value: 12.5, period: '2022-01/2022-06' });
    expect(r.warnings.some((w) => w.kind === 'unattributed_number')).toBe(false);
  });
  it('restores the official form of a shortened high-tech zone name', () => {
    const r = doc('1-6月,高新区完成固定资产投资8.2亿元,增长9%。', '甲乙高新区经济运行良好');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]?.subject).toBe('甲乙高新技术产业开发区');
  });
  it('reads 全省 as the province the title names', () => {
    const r = doc('全省高新区上半年实现营业收入321.5亿元,同比增长8.1%。', '四川全省高新区上半年运行情况');
    const f = find(r, { indicator: 'revenue', measure: 'value' })[0];
    expect(f).toMatchObject({ subject: '四川省', scope: 'province', value: 321.5 });
  });
});

describe('a city named at the start of a paragraph switches the subject', () => {
  it('gives each paragraph to its own city', () => {
    const text = [
      '11月5日,全省开发区第三次“三个一批”活动在各市同步举行。',
      '阳泉市“三个一批”活动中,集中签约项目12个,总投资30.5亿元。',
      '晋城市“三个一批”活动共推进项目40个,总投资120.3亿元。',
    ].join('\n');
    const r = doc(text, '全省开发区第三次“三个一批”活动各市同步举行', '2023-11');
    expect(find(r, { value: 12 })[0]?.subject).toBe('阳泉市');
    expect(find(r, { value: 40 })[0]?.subject).toBe('晋城市');
  });
  it('does not switch for a city mentioned in passing', () => {
    const r = doc('经开区签约项目9个,多数落户太原市周边,总投资18亿元。', '某某经济开发区招商情况');
    expect(find(r, { value: 9 })[0]?.subject).toBe('某某经济开发区');
  });
});

describe('normalisation of crawled traditional pages', () => {
  it('drops ruby pinyin after characters and keeps offsets', () => {
    const src = '開(kāi)發(fā)區(qū)簽(qiān)約項(xiàng)目12個(gè)';
    const n = normalise(src);
    expect(n.text).toBe('开发区签约项目12个');
    const i = n.text.indexOf('12');
    expect(src.slice(n.map[i], n.map[i + 1] + 1)).toBe('12');
  });
  it('keeps ordinary Latin text in parentheses', () => {
    expect(normalise('人工智能(AI)产业').text).toBe('人工智能(AI)产业');
  });
});
