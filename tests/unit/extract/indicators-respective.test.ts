// Respective lists ("分别/依次"): the n-th number belongs to the n-th listed item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, published = '2024-08') => extractDocument({ name: 't.txt', text, meta: { published, title: '某某经济开发区运行简报' } });
const yoy = (r: ReturnType<typeof doc>) => find(r, { measure: 'yoy_pct' }).map((f) => [f.indicator, f.value]);

describe('respective lists pair items and numbers in order', () => {
  it('amount clauses before 分别 pair with the growth rates after it; unknown items keep their place', () => {
    const r = doc('1-6月,开发区实现营业收入88.5亿元,税收收入6.2亿元,工业总产值70.1亿元,分别比上年同期增长12.5%、8.1%和20.3%。');
    expect(yoy(r)).toEqual([
      ['revenue', 12.5],
      ['industrial_output', 20.3],
    ]);
  });
  it('a noun list before 依次 pairs with the numbers after it', () => {
    const r = doc('上半年,开发区规上工业增加值、出口总额、固定资产投资等主要指标同比依次增长9.9%、15%、30.2%。');
    expect(yoy(r)).toEqual([
      ['industrial_value_added', 9.9],
      ['fixed_asset_investment', 30.2],
    ]);
  });
  it('a falling list gives negative values', () => {
    const r = doc('前三季度,开发区工业投资和固定资产投资分别下降4.2%、6.5%。', '2024-10');
    expect(yoy(r)).toEqual([
      ['industrial_investment', -4.2],
      ['fixed_asset_investment', -6.5],
    ]);
  });
  it('amounts can be respective too', () => {
    const r = doc('上半年,开发区营业收入和工业总产值分别达到130亿元、96.4亿元。');
    expect(find(r, { measure: 'value' }).map((f) => [f.indicator, f.value])).toEqual([
      ['revenue', 130],
      ['industrial_output', 96.4],
    ]);
  });
  it('when items and numbers do not pair up, none of the listed numbers is guessed', () => {
    const r = doc('上半年,开发区营业收入和工业总产值分别增长11%、9%和7%。');
    expect(yoy(r)).toEqual([]);
  });
});
