/**
 * The document's home region: who 全省/我省, 全县/本县 and 全区/我区 mean, decided from the whole text
 * (title, paper, places named) — never Shanxi by default for a text from elsewhere, never the area word
 * itself as a subject. Sentences written for this test (invented places where they can be, invented figures).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { homeCountyName } from '../../../src/extract/subjects';
import { find, run } from './helpers';

const doc = (text: string, title: string, published = '2023-08') => extractDocument({ name: 'test.txt', text, meta: { published, title } });

describe('the home province', () => {
  it("is the province whose paper reports it (\"某某日报讯…我省\")", () => {
    const r = run('湖南日报讯(记者某某)1-5月,我省经开区实现营业收入同比增长11.4%,全省经开区工业总产值同比增长8.2%。', '2023-06');
    expect(find(r, { value: 11.4 })[0]).toMatchObject({ subject: '湖南省', scope: 'province' });
    expect(find(r, { value: 8.2 })[0]?.subject).toBe('湖南省');
  });

  it('is the province whose paper of another name reports it ("(某省经济报 记者…)", "来源:某省商报")', () => {
    const r = run('【某某网讯】(湖北经济报 记者某某)1-4月,我省开发区完成固定资产投资812亿元,同比增长6.3%。', '2023-05');
    expect(find(r, { value: 812 })[0]).toMatchObject({ subject: '湖北省', scope: 'province' });
    const r2 = run('2019-04-02 来源:安徽商报\n一季度,全省开发区规模以上工业增加值同比增长9.1%。', '2019-04');
    expect(find(r2, { value: 9.1 })[0]?.subject).toBe('安徽省');
  });

  it('is the province whose region the text names by its abbreviation ("黔中地区")', () => {
    const r = doc('上半年,全省65个开发区规上工业增加值同比增长7.3%。重点支持黔中地区开发区集群发展。', '我省开发区上半年稳中有进');
    expect(find(r, { value: 7.3 })[0]).toMatchObject({ subject: '贵州省', scope: 'province' });
  });

  it('is unknown, not Shanxi, for a text from another province that names none: its 全省 figures are an unnamed province’s', () => {
    // A county outside the gazetteer and another province's city paper, no province named.
    const r = doc('据某州日报报道,5月9日,全省第三期项目集中签约活动举行,全省共签约项目410个。', '甲丘县参加全省集中签约活动');
    // (Kept under the unknown convention, 某省, off the map: see src/extract/subject-fallback.ts.)
    expect(find(r, { value: 410 }).map((f) => f.subject)).toEqual(['某省']);
    expect(r.facts.some((f) => f.subject === '山西省')).toBe(false);
  });

  it('stays Shanxi for a text with Shanxi evidence, or with no evidence at all', () => {
    const r = run('1-6月,全省开发区完成工业投资612亿元,同比增长9.5%。其中,清徐经济开发区完成投资31亿元。', '2023-07');
    expect(find(r, { value: 612 })[0]?.subject).toBe('山西省');
    const r2 = run('1-6月,全省开发区完成工业投资612亿元,同比增长9.5%。', '2023-07');
    expect(find(r2, { value: 612 })[0]?.subject).toBe('山西省');
    // A province named only as a partner does not make 全省 its own.
    const r3 = run('今年以来,与浙江省企业对接。1-6月,全省开发区完成工业投资612亿元。', '2023-07');
    expect(find(r3, { value: 612 })[0]?.subject).toBe('山西省');
  });
});

describe('the home county', () => {
  it('is read from a headline naming a county outside the gazetteer, after a portal prefix or a city', () => {
    expect(homeCountyName('今日快讯:甲丘县与全省同步举行第五期“三个一批”活动')).toBe('甲丘县');
    expect(homeCountyName('某阳市甲丘县举行项目集中开工仪式')).toBe('甲丘县');
    // Shanxi's counties are the gazetteer's business (their one zone), and area words are no county.
    expect(homeCountyName('祁县举行项目集中开工仪式')).toBeNull();
    expect(homeCountyName('全县项目建设观摩活动')).toBeNull();
  });

  it("opening a clause is the subject, through its unnamed zone (\"县开发区\") when the text has one", () => {
    const text =
      '6月28日,全省第五期“三个一批”活动举行。在全省推进会上,甲丘县与全省同步举行集中签约活动。现场签约项目6个,总投资27亿元。县开发区作表态发言。甲丘县第五期集中开工项目共9个,总投资41亿元。';
    const r = doc(text, '甲丘县与全省同步举行第五期“三个一批”活动', '2023-06');
    expect(find(r, { value: 27 })[0]).toMatchObject({ subject: '甲丘县开发区', scope: 'zone' });
    expect(find(r, { value: 41 })[0]?.subject).toBe('甲丘县开发区');
    // Without a county zone in the text, the county itself.
    const r2 = doc(text.replace('县开发区作表态发言。', ''), '甲丘县与全省同步举行第五期“三个一批”活动', '2023-06');
    expect(find(r2, { value: 27 })[0]).toMatchObject({ subject: '甲丘县', scope: 'city' });
  });
});

describe('area words are never subjects', () => {
  it('全区 on a zone page is the zone the text names where a subject stands', () => {
    const r = doc('某江日报讯 日前,南湾开发区前4月经济运行数据出炉,1~4月,全区规上工业总产值820.5亿元,增长12.1%。', '前4月全区经济运行总体平稳', '2024-05');
    expect(find(r, { value: 820.5 })[0]).toMatchObject({ subject: '南湾开发区', scope: 'zone' });
    expect(r.facts.some((f) => /^[全本我]/.test(f.subject))).toBe(false);
  });

  it('全区 in an autonomous region\'s text is the region', () => {
    const r = doc('广西壮族自治区开发区上半年运行平稳。上半年,全区开发区规上工业总产值同比增长6.6%。', '上半年开发区运行平稳');
    expect(find(r, { value: 6.6 })[0]).toMatchObject({ subject: '广西壮族自治区', scope: 'province' });
  });

  it('全县 or 我区 with nothing named is an unnamed county or district (某县, 某区), flagged', () => {
    const r = doc('1-9月份,全县完成工业增加值22.4亿元,同比增长8.1%。', '前三季度经济运行情况', '2023-10');
    expect(find(r, { value: 22.4 })[0]?.subject).toBe('某县');
    expect(r.warnings.some((w) => w.kind === 'unknown_zone')).toBe(true);
  });

  it('reads a zone named after a period in a headline ("前三季度成安高新区…")', () => {
    const r = doc('今年前三季度,全区规上工业总产值3120.4亿元,增长9.7%。', '今年前三季度 成安高新区实现地区生产总值1800亿元', '2023-10');
    expect(find(r, { value: 3120.4 })[0]?.subject).toBe('成安高新技术产业开发区');
  });
});

describe('zones of other provinces where a subject stands', () => {
  it('a lede whose figures come before the zone takes the first zone opening a clause, not a verb before 开发区', () => {
    const r = run('某州日报讯 新增工业产值80亿元以上,完成固定资产投资95亿元以上……2月6日,某洲经开区党工委会议上传来消息,该区将加快建设。', '2025-03');
    expect(find(r, { value: 95 })[0]).toMatchObject({ subject: '某洲经济技术开发区', scope: 'zone' });
    // "指导开发区…" opens with a verb: no zone named 指导开发区.
    const r2 = run('一是深入开展项目建设,指导开发区进一步健全包联制度。截至目前,全年签约项目120个,总投资300亿元。', '2023-08');
    expect(r2.facts.some((f) => f.subject.includes('指导'))).toBe(false);
  });

  it('a park opening a sentence after a 1~5月 period is the park, not its zone', () => {
    const r = doc('日前,南湾开发区前4月经济运行数据出炉,1~4月,全区规上工业增加值210.3亿元,增长9.5%。1~4月,精细化工园区规上工业增加值120.6亿元,增长12.2%。', '前4月全区经济运行平稳', '2024-05');
    expect(find(r, { value: 210.3 })[0]?.subject).toBe('南湾开发区');
    expect(find(r, { value: 120.6 })[0]).toMatchObject({ subject: '精细化工园区', scope: 'zone' });
  });
});

describe('a zone of another province opening a sentence', () => {
  it('is read when its place starts with 成 and after a reporting lead-in ("数据显示,…")', () => {
    const r = run('全省经开区运行平稳。统计数据显示,今年1-9月,成安经开区累计签约项目21个,投资总额180亿元。', '2023-10');
    expect(find(r, { value: 180 })[0]).toMatchObject({ subject: '成安经济技术开发区', scope: 'zone' });
    // 完成 is no place: "完成开发区…" names no zone.
    const r2 = run('1-9月,完成开发区建设投资35亿元。', '2023-10');
    expect(r2.facts.some((f) => f.subject.startsWith('完成') || f.subject.startsWith('成开发区'))).toBe(false);
  });
});
