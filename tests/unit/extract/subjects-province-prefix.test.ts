/**
 * Zones of other provinces are named without their province, as Shanxi's are without 山西.
 * Sentences written for this test (invented figures).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { withoutProvince } from '../../../src/extract/subjects';
import { find } from './helpers';

const doc = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2022-08' } });

describe('province prefix on zone names', () => {
  it('drops a province written before a zone of that province', () => {
    const r = doc('上半年,浙江省嘉兴工业园区实现规上工业增加值86.4亿元,同比增长7.3%。');
    expect(find(r, { value: 86.4 })[0]).toMatchObject({ subject: '嘉兴工业园区', scope: 'zone' });
    const r2 = doc('1-6月,湖北孝感经济开发区完成固定资产投资32.1亿元。');
    expect(find(r2, { value: 32.1 })[0]?.subject).toBe('孝感经济开发区');
  });

  it('keeps a municipality, which is also the zone place, and a province that is the only place', () => {
    expect(withoutProvince('重庆高新区')).toBe('重庆高新区');
    expect(withoutProvince('河北经济开发区')).toBe('河北经济开发区');
    expect(withoutProvince('广西壮族自治区北海工业园区')).toBe('北海工业园区');
  });
});
