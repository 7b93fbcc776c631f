// Subjects that are no zone's name — page furniture glued on, a list or programme before a type word, a word of
// manner, a rank read as a place, the tail of a common word read as a city — and provinces' zones named together
// without a name of their own (src/extract/subject-names.ts, subjects.ts provinceGroup, subject-fallback.ts).
// Sentences and names written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { stripLeading } from '../../../src/extract/subject-names';
import { provinceGroup } from '../../../src/extract/subjects';
import { onePlaceOfLevel } from '../../../src/extract/subject-fallback';

const doc = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2024-02' } });
const facts = (text: string) => doc(text).facts.map((f) => `${f.subject}/${f.indicator}/${f.value}`);

describe('page furniture glued to a name', () => {
  it('a label before a bar or a colon is no part of the name', () => {
    expect(stripLeading('释义|甲州高新技术产业开发区')).toBe('甲州高新技术产业开发区');
    expect(stripLeading('词条：乙县经济开发区')).toBe('乙县经济开发区');
    const r = facts('词条|甲州高新技术产业开发区|\n释义|甲州高新技术产业开发区1995年经批准设立。2023年新引进外资项目88个,总投资12.5亿美元。');
    expect(r).toContain('甲州高新技术产业开发区/signed_projects/88');
    expect(r.some((f) => f.includes('|'))).toBe(false);
  });

  it("a photo credit's verb before a municipality's zone is dropped; other names keep their first character", () => {
    expect(stripLeading('发天津经开区')).toBe('天津经开区');
    expect(stripLeading('发展大道产业园区')).toBeNull();
    const r = facts('某某网10月21日消息 2023年1~3季度,天津经开区市场主体继续保持良好增长势头。\n中国某某科技园(某某网发 天津经开区供图)\n据悉,今年1~9月,天津经开区地区生产总值同比增长8.8%。其中,工业增加值同比增长10.1%。');
    expect(r).toEqual(['天津经济技术开发区/industrial_value_added/10.1']);
  });
});

describe('a list, a programme or a manner before a type word names no zone', () => {
  it('leaves the bare type word, which the page resolves', () => {
    expect(stripLeading('列入省十三五特色产业园区')).toBe('产业园区');
    expect(stripLeading('十四五重点园区')).toBe('园区');
    expect(stripLeading('专业园区')).toBe('园区');
    expect(stripLeading('相关园区')).toBe('园区');
  });
  it("a field label of the page's furniture glued into a stem leaves the bare type word", () => {
    expect(stripLeading('部发布开发区')).toBe('开发区');
    expect(stripLeading('处供稿园区')).toBe('园区');
    // The page's zone then takes the figures and projects: the zone the furniture line names.
    const r = doc('丁区第三季度项目集中开工\n发布时间:2023-09-28  来源:丁区发布,投资促进部  发布开发区:甲州高新技术产业开发区\n\n9月23日,丁区举行集中开工活动。集中开工项目18个,总投资61.6亿元。其中,总投资10.5亿元的戊己智能装备研发与生产基地项目开工。');
    expect(r.projects.concat().some((p) => p.subject.includes('发布'))).toBe(false);
    expect(r.facts.some((f) => f.subject.includes('发布'))).toBe(false);
  });
  it('a kind of park and a named park stay as written', () => {
    expect(stripLeading('化工园区')).toBeNull();
    expect(stripLeading('丙县特色产业园区')).toBeNull();
  });
});

describe("a province's zones together", () => {
  it('the free trade port and a province programme of parks are the province', () => {
    expect(provinceGroup('自贸港重点园区')?.name).toBe('海南省');
    expect(provinceGroup('福建省产业转移工业园')?.name).toBe('福建省');
    expect(provinceGroup('重庆高新区')).toBeNull();
    expect(provinceGroup('丁州经济开发区')).toBeNull();
    expect(facts('前三季度自贸港重点园区累计实现营业收入1234.5亿元,同比增长9.9%。')).toContain('海南省/revenue/1234.5');
    const r = facts('记者9日从福建省产业转移工业园工作现场会上获悉,截至今年6月底,福建省产业转移工业园1至6月份新签约项目123个,计划总投资456亿元。');
    expect(r).toContain('福建省/signed_projects/123');
  });
});

describe('no place read from a rank or a common word', () => {
  it('"排名全市第3" names no city', () => {
    expect(onePlaceOfLevel('基础设施投资增长60.6%、排名全市第3。完成招商签约项目75个。', '市')).toBeNull();
    expect(onePlaceOfLevel('本网讯 戊州市一季度完成招商签约项目75个。', '市')?.name).toBe('戊州市');
  });
  it('"中心城市" in a headline is no city "心城市"', () => {
    const r = doc('新华网5月3日电 经过一年建设,丙省“丁戊经济带”初具规模。“丁戊经济带”是以丙省内甲城、乙城2个中心城市为骨干的经济区域,总规划面积321平方公里。\n今年一季度,这一区域内工业企业实现工业总产值12.4亿元。');
    expect(r.facts.some((f) => f.subject.endsWith('心城市'))).toBe(false);
  });
});

describe("an official name with its level word is the full form of the short name the page prints", () => {
  it('某州高新区 in the text, 某州国家高新技术产业开发区 in the furniture: the full form', async () => {
    const { fullerName } = await import('../../../src/extract/subjects');
    expect(fullerName('庚州高新区', ['庚州国家高新技术产业开发区'])).toBe('庚州国家高新技术产业开发区');
    // (国家级 is a level, no part of a name: the full form without it — subjects-mid-level.test.ts.)
    expect(fullerName('庚州经开区', ['庚州国家级经济技术开发区'])).toBe('庚州经济技术开发区');
    // Another place's zone is no full form of it.
    expect(fullerName('庚州高新区', ['辛州国家高新技术产业开发区'])).toBeNull();
    const r = facts('发布开发区:庚州国家高新技术产业开发区\n2023年,庚州高新区实现规上工业总产值321.5亿元,同比增长8.8%。');
    expect(r).toContain('庚州国家高新技术产业开发区/industrial_output/321.5');
  });
});
