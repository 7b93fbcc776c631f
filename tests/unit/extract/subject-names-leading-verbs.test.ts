// Words of running text glued in front of a zone's name — verbs whose object is the zone, time words, a level —
// are no part of it (src/extract/subject-names.ts LEADING_WORDS). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { stripLeading } from '../../../src/extract/subject-names';

const doc = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2024-02' } });
const subjects = (text: string) => [...new Set(doc(text).facts.map((f) => f.subject))];

describe('verbs, time words and levels glued before a zone name', () => {
  it('the table strips them and leaves the name', () => {
    expect(stripLeading('标志着庚州经开区')).toBe('庚州经开区');
    expect(stripLeading('意味着辛县工业园区')).toBe('辛县工业园区');
    expect(stripLeading('助力壬州高新区')).toBe('壬州高新区');
    expect(stripLeading('依托癸县经济开发区')).toBe('癸县经济开发区');
    expect(stripLeading('本次甲湖高新区')).toBe('甲湖高新区');
    expect(stripLeading('次甲湖高新技术产业开发区')).toBe('甲湖高新技术产业开发区');
    expect(stripLeading('自治区级乙川经济技术开发区')).toBe('乙川经济技术开发区');
    expect(stripLeading('省级丙县工业园区')).toBe('丙县工业园区');
  });

  it('a verb or preposition before a bare type word leaves the type word', () => {
    expect(stripLeading('重视园区')).toBe('园区');
    expect(stripLeading('占开发区')).toBe('开发区');
    expect(stripLeading('在园区')).toBe('园区');
  });

  it('names that start like a lead keep their first characters', () => {
    expect(stripLeading('进贤经济开发区')).toBeNull();
    expect(stripLeading('于洪经济开发区')).toBeNull();
    // A level before a bare type word leaves no place: still the bare word, no name invented.
    expect(stripLeading('国家级开发区')).toBe('开发区');
  });

  it('the emitted fact carries the zone, not the verb or the level', () => {
    expect(subjects('2023年,依托癸县经济开发区实现工业总产值45.6亿元。')).toEqual(['癸县经济开发区']);
    const r = subjects('自治区级乙川经济技术开发区2023年实现工业总产值88.8亿元,同比增长7.7%。');
    expect(r).toEqual(['乙川经济技术开发区']);
  });
});
