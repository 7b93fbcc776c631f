// Every emitted subject is a name or a level: glued verbs off, bare type words resolved, counts of zones at
// their city's level (src/extract/subject-names.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { cleanSubjects, countLevel, districtGlue, documentNames, isGenericName, resolveGeneric, stripLeading } from '../../../src/extract/subject-names';

const doc = (text: string, title?: string, published = '2024-02') =>
  extractDocument({ name: 't.txt', text, meta: { published, ...(title ? { title } : {}) } });
const subjects = (r: ReturnType<typeof doc>) => [...new Set(r.facts.map((f) => f.subject))];

describe('words of running text glued in front of a name', () => {
  it('a verb or preposition before a zone the gazetteer does not know is no part of its name', () => {
    expect(subjects(doc('进丙州经开区实现营业收入45.6亿元,同比增长9.2%。'))).toEqual(['丙州经济技术开发区']);
    expect(subjects(doc('落户辛州工业园区的企业2023年实现工业总产值45.6亿元,同比增长9.2%。'))).toEqual(['辛州工业园区']);
    expect(subjects(doc('2023年,入驻壬州高新区企业实现营业收入45.6亿元,同比增长9.2%。'))).toEqual(['壬州高新技术产业开发区']);
    expect(subjects(doc('2023年,走进癸州开发区,园区实现规上工业增加值45.6亿元,同比增长9.2%。'))).toEqual(['癸州开发区']);
  });

  it('the table strips leads and keeps names that start with such a character', () => {
    expect(stripLeading('签约落户丙州经济技术开发区')).toBe('丙州经济技术开发区');
    expect(stripLeading('位于丁县工业园区')).toBe('丁县工业园区');
    expect(stripLeading('在戊州高新区')).toBe('戊州高新区');
    // One-character leads that start real names: at least two characters of place must stay.
    expect(stripLeading('进贤经济开发区')).toBeNull();
    expect(stripLeading('于洪经济开发区')).toBeNull();
    expect(stripLeading('从化经济开发区')).toBeNull();
    // 中 is no lead: 中北高新区 keeps its first character.
    expect(stripLeading('中北高新区')).toBeNull();
  });

  it('a zone of the gazetteer starting with 中 keeps its name', () => {
    const r = doc('2023年,中北高新区实现规上工业增加值12.3亿元,同比增长6.5%。');
    expect(subjects(r)).toEqual(['太原中北高新技术产业开发区']);
  });

  it('an honour before a generic word is the title, and the figures are the zone the page names', () => {
    const r = doc('己州经济开发区被评为中国化工园区30强。2023年,中国化工园区实现工业总产值77.7亿元,同比增长6.6%。');
    expect(subjects(r)).toEqual(['己州经济开发区']);
    expect(stripLeading('中国化工园区')).toBe('园区');
    expect(stripLeading('获得江西省绿色园区')).toBe('园区');
    // The honour's own words ("绿色园区") are no zone the page names.
    const text = '2023年,辛州经济开发区获得江西省绿色园区称号,新落地项目12个。';
    const names = documentNames(text, null, null, []);
    expect(names.zones.map((z) => z.subject.name)).toEqual(['辛州经济开发区']);
    const items = [{ subject: '得江西省绿色园区', scope: 'zone' as const, city: '' }];
    cleanSubjects(items, text, () => names);
    expect(items[0].subject).toBe('辛州经济开发区');
    // A province before a bare type word is its zones together (read elsewhere), not an honour.
    expect(stripLeading('河北省开发区')).toBeNull();
  });
});

describe('a bare type word as the subject', () => {
  it('is the zone the document names in full (title, opening, most named)', () => {
    const r = doc('2023年,园区实现规上工业增加值12.5亿元,同比增长8.1%。开发区完成固定资产投资20.3亿元。', '庚州经济开发区2023年经济运行情况');
    expect(subjects(r)).toEqual(['庚州经济开发区']);
  });

  it('stays as written (the unnamed-zone convention) when the document names no zone', () => {
    const r = doc('1-6月,园区实现工业总产值17.5亿元,同比增长4.2%。');
    expect(subjects(r)).toEqual(['园区']);
  });

  it('resolves within the word family, the most named zone first, a tie to no one', () => {
    const z = (name: string, head = false) => ({ subject: { name, scope: 'zone' as const, city: '' }, head });
    const named = { zones: [z('甲州高新技术产业开发区'), z('乙州经济开发区'), z('乙州经济开发区')] };
    expect(resolveGeneric('高新区', named)?.name).toBe('甲州高新技术产业开发区');
    expect(resolveGeneric('经开区', named)?.name).toBe('乙州经济开发区');
    expect(resolveGeneric('园区', named)?.name).toBe('乙州经济开发区');
    expect(resolveGeneric('园区', { zones: [z('甲州经济开发区'), z('乙州经济开发区')] })).toBeNull();
    // A page that speaks for its city and names no zone of the family: the city's zones together.
    const city = { name: '丙州市', scope: 'city' as const, city: '丙州市' };
    expect(resolveGeneric('开发区', { zones: [], homeCity: city })?.name).toBe('丙州市');
  });

  it('a new area named by its place is a name, not a bare word', () => {
    expect(isGenericName('兰州新区')).toBe(false);
    expect(isGenericName('新区')).toBe(true);
    // A park called by its sector is a part of a zone, kept as named.
    expect(isGenericName('化工园区')).toBe(false);
    expect(subjects(doc('2023年,兰州新区实现规上工业增加值55.5亿元,同比增长9.9%。'))).toEqual(['兰州新区']);
  });
});

describe('counts of zones and districts glued to a type word', () => {
  it('a count of a city\'s zones is the city', () => {
    const r = doc('2023年上半年,丁州市九个开发区实现规上工业增加值88.8亿元,同比增长7.7%。');
    expect(r.facts.map((f) => [f.subject, f.scope])).toEqual([
      ['丁州市', 'city'],
      ['丁州市', 'city'],
    ]);
    expect(countLevel('太原市6个省级以上开发区')).toMatchObject({ name: '太原市', scope: 'city' });
    expect(countLevel('河南省16个国家级开发区')).toMatchObject({ name: '河南省', scope: 'province' });
    // No count: a name.
    expect(countLevel('丁州经济开发区')).toBeNull();
  });

  it('"X区开发区" the text never writes is the district X区', () => {
    expect(districtGlue('庚辛区开发区', '2023年,庚辛区开发区建设加快。')).toBeNull();
    expect(districtGlue('庚辛区开发区', '2023年,庚辛区实现规上工业增加值9.9亿元;开发区建设加快。')).toBe('庚辛区');
    expect(districtGlue('高新区开发区', '高新区…开发区')).toBeNull();
  });
});
