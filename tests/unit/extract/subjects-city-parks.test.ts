/**
 * A city's parks together are the city (the city level of the vocabulary, as 全市开发区 is): "某某园区" with a
 * prefecture city's short name and the generic 园区, "全市N个(省级及以上)工业园区" with a count, and a page whose
 * furniture names its city with 市 ("某某市1—3月工业经济运行", "(某某市工信局)"). Sentences written for this test
 * (other cities, invented figures).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, title?: string) => extractDocument({ name: 't.txt', text, meta: { published: '2023-08', ...(title ? { title } : {}) } });

describe("a city's parks together", () => {
  it('files "<city>园区" figures under the city', () => {
    const r = doc('上半年株洲经济平稳。株洲园区完成规模工业增加值234.56亿元,占全市的61.2%。');
    expect(find(r, { value: 234.56 })[0]).toMatchObject({ subject: '株洲市', scope: 'city' });
  });

  it('keeps a park of its own kind as a park ("<city>工业园区" is one park)', () => {
    const r = doc('株洲工业园区完成规模工业增加值34.56亿元。');
    expect(find(r, { value: 34.56 })[0]?.scope).toBe('zone');
  });

  it('reads a count with 个 before the parks as all of them, the city in the furniture', () => {
    const r = doc('一季度,全市工业运行平稳。1-3月全市12个省级及以上工业园区规模工业增加值同比增长9.4%。', '常德市1—3月工业经济运行情况');
    expect(find(r, { value: 9.4 })[0]).toMatchObject({ subject: '常德市', scope: 'city' });
  });
});
