/**
 * 国家级 written between a place and its type word is a level, no part of the zone's name: the page's bare 开发区
 * is that zone, filed under the name without the level. Sentences written for this test (other names, invented figures).
 */
import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('a level inside a zone name', () => {
  it('files the bare 开发区 under the zone named with 国家级, without the level', () => {
    const r = run('截至10月份,丙州国家级经济技术开发区实现工业总产值12.3亿元。前10个月,开发区工业增加值达4.56亿元,同比增长21%。');
    expect(find(r, { value: 12.3 })[0]?.subject).toBe('丙州经济技术开发区');
    expect(find(r, { value: 4.56 })[0]?.subject).toBe('丙州经济技术开发区');
  });

  it('keeps 国家 without 级 as written (some official names carry it)', () => {
    const r = run('丁州国家高新技术产业开发区上半年实现营业收入345.6亿元。');
    expect(find(r, { value: 345.6 })[0]?.subject).toBe('丁州国家高新技术产业开发区');
  });
});
