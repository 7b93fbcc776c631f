/**
 * 全省 on a page that never names its province: the province whose cities the page names (a table of every
 * province's prefecture-level cities), not Shanxi. Sentences written for this test (invented figures).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2023-08' } });

describe('home province from the cities a page names', () => {
  it('files 全省 figures under the province of the cities named', () => {
    const r = doc('近日，绵阳市召开园区工作推进会。上半年，全省开发区实现营业收入2345.6亿元，同比增长8.7%。');
    expect(find(r, { value: 2345.6 })[0]).toMatchObject({ subject: '四川省', scope: 'province' });
    expect(find(r, { value: 8.7 })[0]?.subject).toBe('四川省');
  });

  it('names no province when the cities are of two provinces, and keeps Shanxi when nothing foreign is named', () => {
    const two = doc('株洲市与惠州市企业洽谈。上半年，全省开发区实现营业收入2345.6亿元。');
    expect(find(two, { value: 2345.6 })[0]?.subject).not.toMatch(/湖南省|广东省/);
    const home = doc('上半年，全省开发区实现营业收入2345.6亿元，同比增长8.7%。');
    expect(find(home, { value: 2345.6 })[0]?.subject).toBe('山西省');
  });

  it('does not read a market (东方市场) as a city', () => {
    const r = doc('东方市场扩建完成。上半年，全省开发区实现营业收入2345.6亿元。');
    expect(find(r, { value: 2345.6 })[0]?.subject).toBe('山西省');
  });
});
