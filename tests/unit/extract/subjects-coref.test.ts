// Bare and cut zone names resolved to the zone the page names (src/extract/subjects.ts zoneLikeNames,
// src/extract/subject-fallback.ts nameAt, subject-names.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { unknownSubject, zoneLikeNames } from '../../../src/extract/subjects';
import { stripLeading } from '../../../src/extract/subject-names';

const doc = (text: string, published = '2024-02') => extractDocument({ name: 't.txt', text, meta: { published } });
const subjects = (r: ReturnType<typeof doc>) => [...new Set(r.facts.map((f) => f.subject))];

describe('a name longer than the short read', () => {
  it('is read whole when a province starts it, not cut to its last six characters', () => {
    const names = zoneLikeNames('据统计,河北丙丁戊己庚辛创新示范区今年实现营业收入10亿元。');
    expect(names).not.toContain('丁戊己庚辛创新示范区');
    expect(names.some((n) => n.endsWith('丙丁戊己庚辛创新示范区'))).toBe(true);
  });
  it('a cut read is the whole run when the run stands alone, else no name', () => {
    // (Seven name characters before the type word, none of them a place: the short read would lose the first.)
    expect(zoneLikeNames('截至目前,甲乙丙丁戊己庚工业园区完成投资5亿元。')).toEqual(['甲乙丙丁戊己庚工业园区']);
    // A run longer than any name is running text: nothing is read from it.
    expect(zoneLikeNames('截至目前,甲乙丙丁戊己庚辛壬癸子丑寅卯工业园区完成投资5亿元。')).toEqual([]);
    // A short name is read as before.
    expect(zoneLikeNames('截至目前,丙丁工业园区完成投资5亿元。')).toContain('丙丁工业园区');
  });
  it('the key parks of the Hainan free-trade port together are the province', () => {
    expect(unknownSubject('海南自贸港重点园区').name).toBe('海南省');
    // A zone with a name of its own in that province keeps its name.
    expect(unknownSubject('海南丙丁经济开发区').name).toBe('丙丁经济开发区');
  });
});

describe('a bare zone word opening a clause is the zone the page names, not a district', () => {
  it('示范区 after the page named its demonstration zone', () => {
    const r = doc('日前,丙丁国家自主创新示范区最新数据显示,前三季度增长较快。\n据管委会介绍,1至9月,示范区规模以上企业实现总收入512.3亿元,同比增长8.7%。');
    expect(subjects(r)).toEqual(['丙丁国家自主创新示范区']);
    expect(r.facts.every((f) => f.scope === 'zone')).toBe(true);
  });
  it('集聚区 on a page of one cluster', () => {
    const r = doc('戊己产业集聚区上半年经济运行平稳。\n今年上半年,集聚区完成固定资产投资33.4亿元,同比增长12.1%。');
    expect(subjects(r)).toEqual(['戊己产业集聚区']);
  });
  it('a district whose name is a place stays a district', () => {
    const r = doc('庚辛区今年上半年经济运行平稳。\n上半年,庚辛区完成固定资产投资33.4亿元,同比增长12.1%。');
    expect(subjects(r)).toEqual(['庚辛区']);
  });
});

describe("a province's zones of a level together", () => {
  it('"<province>省级以上园区" opening a clause is the province', () => {
    const r = doc('记者从统计局获悉,前三季度,江西省级以上工业园区实现营业收入2345.6亿元,同比增长9.1%。');
    expect(subjects(r)).toEqual(['江西省']);
  });
  it('a zone with a name of its own after a province keeps its name', () => {
    const r = doc('记者获悉,前三季度,江西丙丁经济开发区实现营业收入234.5亿元,同比增长9.1%。');
    expect(subjects(r)).toEqual(['丙丁经济开发区']);
  });
});

describe('short forms, honours and running text are no zone names', () => {
  it('X综保区 is filed under its official form X综合保税区', () => {
    const r = doc('1-8月,丙丁综保区完成固定资产投资28.7亿元,同比增长18.8%。');
    expect(subjects(r)).toEqual(['丙丁综合保税区']);
  });
  it('an honour ("优秀开发区" title) is no zone the bare word could mean', () => {
    const r = doc('开发区被省政府授予省级“优秀开发区”称号。2023年,开发区实现工业总产值71亿元,同比增长6.7%。');
    expect(subjects(r)).not.toContain('优秀开发区');
  });
  it('a section heading glued to the next sentence names no zone', () => {
    const r = doc('(一)综合实力明显增强开发区主导产业是装备制造。2023年,开发区实现工业总产值71亿元,同比增长6.7%。');
    expect(subjects(r).some((s) => s.includes('增强'))).toBe(false);
  });
});

describe('an unnamed zone on a page that names one zone', () => {
  it('a figure left to an unnamed zone (某区) is the one zone the page names', () => {
    const r = doc(
      '今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷\n2024年08月27日 08:39 某某网\n' +
        '2024年上半年,实现GDP207.3亿元,同比增长3.1%;规上工业增加值完成40.5亿元,同比增长11.7%;在上半年工业发展专项考核中位列全市第一,' +
        '在2023年度全省开发区考核评价中获评四星级开发区……记者从戊己高新区日前召开的推进会上了解到,今年上半年,戊己高新区上下全力抓项目、扩投资。',
    );
    expect(subjects(r)).toEqual(['戊己高新技术产业开发区']);
  });
  it('a page naming two zones alike leaves the figure unnamed', () => {
    const r = doc(
      '今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷\n2024年08月27日 08:39 某某网\n' +
        '2024年上半年,实现GDP207.3亿元,同比增长3.1%;规上工业增加值完成40.5亿元,同比增长11.7%;在上半年工业发展专项考核中位列全市第一,' +
        '在2023年度全省开发区考核评价中获评四星级开发区……记者从戊己高新区和庚辛经开区日前召开的推进会上了解到。',
    );
    expect(subjects(r)).not.toContain('戊己高新技术产业开发区');
    expect(subjects(r)).not.toContain('庚辛经济技术开发区');
  });
});

describe('a bare zone word after a word of running text', () => {
  it('"占开发区" read by the fallback is the bare word, not a district', () => {
    const r = doc('上半年开发区工作总结\n今年上半年,主要经济指标继续提高。1-6月份预计完成产值113亿元,占开发区规模以上企业总产值的六成。1-6月份全区科工贸总收入预计完成300亿元,比去年同期增长22%。');
    expect(subjects(r).some((s) => s.startsWith('占'))).toBe(false);
  });
  it('"整个高新区" names no zone the bare word could mean', () => {
    const r = doc('今年上半年,园区企业拉动整个高新区的经济增长。1-6月份全区科工贸总收入预计完成300亿元,比去年同期增长22%。');
    expect(subjects(r).some((s) => s.includes('整个'))).toBe(false);
  });
});

describe("a city's parks together after its province", () => {
  it('"<province><city>市产业园区" is the city', () => {
    expect(unknownSubject('云南丙州市产业园区')).toMatchObject({ name: '丙州市', scope: 'city' });
    // A park with a name of its own keeps it.
    expect(unknownSubject('云南丙州丁戊产业园区').scope).toBe('zone');
  });
});

describe('和 inside a place name', () => {
  it('a name with 和 in its first two characters is read whole', () => {
    expect(zoneLikeNames('据悉,丙和科技产业园区规划面积5平方公里。')).toEqual(['丙和科技产业园区']);
    expect(zoneLikeNames('日前,和丁经济开发区完成投资5亿元。')).toEqual(['和丁经济开发区']);
  });
  it('和 joining two subjects is no part of a name', () => {
    expect(zoneLikeNames('今年,全市和高新区完成投资5亿元。')).toEqual([]);
    expect(zoneLikeNames('甲县和乙县经开区完成投资5亿元。')).toEqual(['乙县经开区']);
    expect(zoneLikeNames('推动企业和园区发展。')).toEqual([]);
  });
});

describe('the fallback reads zone words from the one table', () => {
  it('an area word before a zone word of any kind in the table is no whole economy', async () => {
    const { wholeEconomy } = await import('../../../src/extract/subject-fallback');
    const t1 = '全市综保区完成固定资产投资12.5亿元';
    expect(wholeEconomy(t1, 0, t1.indexOf('12'))).toBe(false);
    const t2 = '全市合作区完成固定资产投资12.5亿元';
    expect(wholeEconomy(t2, 0, t2.indexOf('12'))).toBe(false);
    const t3 = '全市完成固定资产投资12.5亿元';
    expect(wholeEconomy(t3, 0, t3.indexOf('12'))).toBe(true);
  });
});

describe('该园区 after the example a sentence names', () => {
  it('"以X经开区为例,该园区…" files the figures under X', () => {
    const r = doc('前三季度,江西省级以上工业园区实现营业收入2345.6亿元,同比增长9.1%。以丙丁经开区为例,该园区前三季度完成营业收入186.7亿元,同比增长14.4%。');
    expect(r.facts.find((f) => f.value === 186.7)?.subject).toBe('丙丁经济技术开发区');
    expect(r.facts.find((f) => f.value === 2345.6)?.subject).toBe('江西省');
  });
  it('以 before a name is no part of it', () => {
    expect(stripLeading('以丙丁经开区')).toBe('丙丁经开区');
  });
});
