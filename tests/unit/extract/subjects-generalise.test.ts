/**
 * Subjects on reports nobody tuned on: rules for patterns that recur across sets (other provinces'
 * municipal zones, rankings that name the province, names read out of a clause, a period before 全市…).
 * Sentences written for this test (invented companies and figures).
 */
import { describe, expect, it } from 'vitest';
import { bareName, otherCities, unknownSubject, zoneLikeNames } from '../../../src/extract/subjects';
import { find, run } from './helpers';
import { extractDocument } from '../../../src/extract/index';

describe('subjects that generalise', () => {
  it('keeps a zone opening a paragraph as the actor of its efforts (某某经开区全力培育…) for the figures after it, over a city the lede named', () => {
    const lede = '日前,丰川市政府新闻办举行发布会,介绍2023年丰川经开区工作成就。\n';
    const r = run(lede + '2023年,丰川经开区全力培育新材料产业。招商引资持续发力,新签约亿元以上项目17个。', '2024-01');
    expect(find(r, { value: 17 })[0]?.subject).toBe('丰川经济技术开发区');
  });

  it('reads 该市 after a city of another province named earlier in the sentence as that city, and a round\'s venue city (活动某州分会场) without 市', () => {
    const r = run('湖北日报讯 5月9日,全省第五期“三个一批”项目建设活动举行,丰川市委书记出席。此次活动主会场设在丰川市,该市共有96个项目参与,总投资510.2亿元。其中,“签约一批”项目31个、总投资120.5亿元。', '2023-05');
    expect(find(r, { value: 510.2 })[0]?.subject).toBe('丰川市');
    expect(find(r, { value: 120.5 })[0]?.subject).toBe('丰川市');
    const r2 = run('5月9日,湖北省第五期“三个一批”项目建设活动丰川分会场活动举行。当日,丰川27个项目签约,总投资215.3亿元。', '2023-05');
    expect(find(r2, { value: 215.3 })[0]?.subject).toBe('丰川市');
    expect([...otherCities('湖北省第五期活动丰川分会场活动举行。').values()]).toEqual(['丰川市']);
    // A venue the text also names as a county or zone is no city.
    expect(otherCities('湖北省第五期活动丰川分会场活动举行,丰川经济开发区10个项目集中开工。').size).toBe(0);
    // No city before it: 该市 is not guessed.
    const r3 = run('5月9日,湖北省第五期“三个一批”项目建设活动举行。该市共有96个项目参与,总投资510.2亿元。', '2023-05');
    expect(find(r3, { value: 510.2 })[0]?.subject).not.toBe('丰川市');
  });

  it('reads a bare 经开区 as the zone the text defined it to be ("…开发区(以下简称“经开区”)"), not the page city\'s zone', () => {
    const r = extractDocument({
      name: 't.txt',
      text: '丰川市东湖区国家级开发区——丰川东湖经济技术开发区(以下简称“经开区”)迎来新年开局。数据显示,2023年经开区规模工业总产值1280亿元,同比增长12.1%。',
      meta: { published: '2024-01', title: '东湖区新增一个千亿级平台 来源:丰川日报' },
    });
    expect(find(r, { value: 1280 })[0]?.subject).toBe('丰川东湖经济技术开发区');
    // No definition: the bare word stays a placeholder.
    const r2 = extractDocument({ name: 't.txt', text: '数据显示,2023年经开区规模工业总产值1280亿元。', meta: { published: '2024-01', title: '东湖区新增一个千亿级平台' } });
    expect(find(r2, { value: 1280 })[0]?.subject).toBe('经开区');
  });

  it("reads a city of another province by its own round or period (\"某州市新增…\", \"某州市第五期…\"), so its batches are its own", () => {
    const r = run('5月9日,湖北省第五期“三个一批”项目建设活动丰川分会场活动举行。据了解,此次全省第五期“三个一批”项目建设活动,丰川市新增“签约一批”项目38个,总投资126亿元;“开工一批”项目57个,总投资310.5亿元。', '2023-05');
    expect(find(r, { value: 38 })[0]).toMatchObject({ subject: '丰川市', scope: 'city' });
    expect(find(r, { value: 310.5 })[0]?.subject).toBe('丰川市');
    expect([...otherCities('据悉,丰川市第五期项目主要集中在先进制造业。').values()]).toEqual(['丰川市']);
    // Not a city: a shop word, or a collective word, before 市新增.
    expect(otherCities('超市新增网点12个,全市新增项目8个。').size).toBe(0);
    const r2 = run('5月9日,湖北省第五期活动举行。据了解,此次全省第五期活动,“签约一批”项目38个,总投资126亿元。', '2023-05');
    expect(find(r2, { value: 38 })[0]?.subject).toBe('湖北省');
  });

  it('reads a municipality followed by a zone type as that zone, not the municipality', () => {
    const r = run('1-5月,天津高新区完成工业投资21亿元,同比增长12.5%。');
    expect(find(r, { value: 21 })[0]).toMatchObject({ subject: '天津高新技术产业开发区', scope: 'zone', city: '天津市' });
    expect(unknownSubject('上海经济技术开发区')).toMatchObject({ name: '上海经济技术开发区', scope: 'zone', city: '上海市' });
    // A collective word still makes it the municipality's zones together.
    expect(unknownSubject('北京全市开发区')).toMatchObject({ name: '北京市', scope: 'province' });
    expect(unknownSubject('浙江省开发区')).toMatchObject({ name: '浙江省', scope: 'province' });
  });

  it('does not take a province from a ranking ("全省第2位")', () => {
    const r = run('1-6月,平遥经济技术开发区规上工业增加值同比增长9.1%,全省第2位;完成固定资产投资12.5亿元,同比增长8%。', '2023-07');
    expect(find(r, { value: 12.5 })[0]?.subject).toBe('平遥经济技术开发区');
    expect(find(r, { value: 8 })[0]?.subject).toBe('平遥经济技术开发区');
  });

  it('still reads the province from its own round ("全省第七期…")', () => {
    const r = run('全省第三期“三个一批”活动中,全省开发区签约项目120个,总投资560亿元。', '2023-07');
    expect(find(r, { value: 560 })[0]?.subject).toBe('山西省');
  });

  it('starts a zone name at its place, not at the clause words before it', () => {
    const text = '某某环保科技公司位于五寨经济开发区北区,主要生产再生材料。今年,五寨经济开发区共引进重点项目18个,总投资46亿元。';
    expect(zoneLikeNames(text)).toEqual(['五寨经济开发区']);
    const r = run(text);
    expect(find(r, { value: 46 })[0]).toMatchObject({ subject: '五寨经济开发区', city: '忻州市' });
  });

  it('lets a period open the clause before 全市…工业园区', () => {
    const r = run('统计显示,一季度全市工业园区完成工业总产值88.5亿元,同比增长6.2%。(来源:某州日报)', '2023-05');
    expect(find(r, { value: 88.5 })[0]).toMatchObject({ subject: '某州市', scope: 'city', period: '2023-01/2023-03' });
  });

  it('keeps a city\'s whole-economy figure out, its zones\' figure in', () => {
    const r = run('上半年,我市固定资产投资增势强劲,累计完成投资86.2亿元,同比增长21.4%。上半年,全市开发区完成工业投资30.5亿元,同比增长9%。(来源:某州日报)', '2023-08');
    expect(find(r, { value: 86.2 })).toEqual([]);
    expect(find(r, { value: 21.4 })).toEqual([]);
    expect(find(r, { value: 30.5 })[0]).toMatchObject({ subject: '某州市', scope: 'city', indicator: 'industrial_investment' });
  });

  it('keeps the 县 of an unnamed county zone ("县高新区")', () => {
    const r = run('高新区工作总结\n今年以来,在县委领导下,县高新区新签约项目15个,总投资42.6亿元。');
    expect(find(r, { value: 42.6 })[0]?.subject).toBe('县高新区');
    const r2 = run('经开区工作总结\n今年以来,经开区新签约项目15个,总投资42.6亿元。');
    expect(find(r2, { value: 42.6 })[0]?.subject).toBe('经开区');
  });

  it('takes a city of another province that opens a reporting clause as the subject', () => {
    const r = run('湖北省第三期重点项目集中签约活动举行\n3月8日,全省重点项目集中签约活动举行,襄阳市委书记出席襄阳市分会场活动。本次签约活动,襄阳有31个项目进行签约,总投资286.4亿元。', '2023-03');
    expect(find(r, { value: 286.4 })[0]).toMatchObject({ subject: '襄阳市', scope: 'city' });
    const r2 = run('今年以来,全省产业集聚区主营业务收入增长9.2%。受市场影响,许昌市产业集聚区主营业务收入同比下降2.4%。', '2023-05');
    expect(find(r2, { value: -2.4 })[0]).toMatchObject({ subject: '许昌市', scope: 'city' });
    // 全省 there is 许昌's province, which the text does not name: known from the table of cities (许昌 is
    // Henan's), never Shanxi.
    expect(find(r2, { value: 9.2 }).map((f) => f.subject)).toEqual(['河南省']);
  });

  it('reads cities only from their institutions and zones, not from office titles or phrases', () => {
    expect([...otherCities('常务副市长出席。按照市委部署,在市委市政府领导下,许昌市分会场同步举行。').values()]).toEqual(['许昌市']);
    // A person's title is no city ("王晓市长").
    expect(otherCities(',王晓市长出席。').size).toBe(0);
    // A city after the figures is a place in passing.
    const r = run('许昌市委书记出席活动。今年以来,全省签约项目120个,其中落户许昌的项目18个。', '2023-05');
    // (全省 is the province of 许昌, not named: the figure is not the city's, and not Shanxi's either.)
    expect(find(r, { value: 120 }).map((f) => f.subject)).not.toContain('许昌市');
    expect(find(r, { value: 120 }).map((f) => f.subject)).not.toContain('山西省');
  });

  it('reads 全省 as the province that opens the text\'s sentences when no title names one', () => {
    const r = run('湖南省经开区上半年实现营业收入5200亿元,同比增长9.1%。全省经开区完成工业投资860亿元,同比增长12%。', '2023-08');
    expect(find(r, { value: 860 })[0]?.subject).toBe('湖南省');
    // A province in passing does not make 全省 its own.
    const r2 = run('今年以来,与河北省企业合作推进。全省开发区完成工业投资860亿元,同比增长12%。', '2023-08');
    expect(find(r2, { value: 860 })[0]?.subject).toBe('山西省');
    // Nor does one opening a sentence in a text that names Shanxi's own places.
    const r3 = run('河北省考察团来我市考察。1-6月,太原经济技术开发区完成工业投资20亿元。全省开发区完成工业投资500亿元。', '2023-07');
    expect(find(r3, { value: 500 })[0]?.subject).toBe('山西省');
  });

  it('takes a province named in full that opens a reporting clause', () => {
    const r = run('4月6日,湖北省第三期重点项目活动举行。记者了解到,湖北省共签约项目320个,总投资2860亿元。', '2023-04');
    expect(find(r, { value: 2860 })[0]).toMatchObject({ subject: '湖北省', scope: 'province' });
  });

  it('reads a county by its short name before an event, and after 上午', () => {
    const r = run('5月20日,榆社举行项目集中签约仪式,8个项目现场签约,签约总额达到12.6亿元。', '2023-05');
    expect(find(r, { value: 12.6 })[0]).toMatchObject({ subject: '榆社经济技术开发区', city: '晋中市' });
    const r2 = run('3月9日上午,和顺县2023年项目集中签约活动举行,现场签约项目6个,总投资21.5亿元。', '2023-03');
    expect(find(r2, { value: 21.5 })[0]?.city).toBe('晋中市');
    // Not a short name inside a word ("和顺利…").
    expect(run('和顺利推进的签约项目有5个。', '2023-03').facts).toEqual([]);
  });

  it('takes a city named with 市 that opens a reporting sentence, after a zone of another city', () => {
    const r = run('今年以来,郑州经开区新签约项目35个,总投资286亿元。洛阳市签约项目20个,总投资100亿元。', '2023-05');
    expect(find(r, { value: 286 })[0]?.subject).toBe('郑州经济技术开发区');
    expect(find(r, { value: 100 })[0]).toMatchObject({ subject: '洛阳市', scope: 'city' });
    // "城市…", "上市…" are no cities.
    expect(run('今年以来,城市更新签约项目20个,总投资100亿元。', '2023-05').facts.filter((f) => f.scope === 'city')).toEqual([]);
  });

  it('reads a zone of another province named after 其中', () => {
    const r = run('河北省开发区上半年经济运行\n上半年,全省开发区完成固定资产投资3500亿元,同比增长7%。其中,石家庄高新区完成固定资产投资200亿元。', '2023-08');
    expect(find(r, { value: 3500 })[0]?.subject).toBe('河北省');
    expect(find(r, { value: 200 })[0]?.subject).toBe('石家庄高新技术产业开发区');
  });

  it('keeps a county\'s whole economy out of the zone that stands for the county', () => {
    const r = run('3月3日,榆社县举行项目集中签约仪式,签约项目8个,总投资12.6亿元。去年,榆社县立足实际,谋划发展。该县实施了一批大项目,全年地区生产总值同比增长5.6%,规模以上工业增加值同比增长7.5%,固定资产投资同比增长12.3%。', '2023-03');
    expect(find(r, { value: 12.6 })[0]?.subject).toBe('榆社经济技术开发区');
    expect(find(r, { value: 7.5 })).toEqual([]);
    expect(find(r, { value: 12.3 })).toEqual([]);
    // The zone named as itself keeps its figures.
    const r2 = run('上半年,榆社经济技术开发区规上工业增加值同比增长9.2%,固定资产投资同比增长11.4%。', '2023-08');
    expect(find(r2, { value: 11.4 })[0]?.subject).toBe('榆社经济技术开发区');
  });

  it('files no figure of a counted sub-group under the whole, in its sentence or the ones that go on about it', () => {
    const r = run('一季度,全市工业园区完成工业总产值150.2亿元,同比增长9.1%。\n截至一季度,高新区和四个省级工业园区完成工业产值120.4亿元,占园区工业总产值比重达80%。完成固定资产投资30.2亿元,占园区固定资产投资比重达85%。(来源:某州日报)', '2023-05');
    expect(find(r, { value: 150.2 })[0]?.subject).toBe('某州市');
    for (const v of [120.4, 80, 30.2, 85]) expect(find(r, { value: v })).toEqual([]);
    const r2 = run('上半年,全省开发区实现营业收入8000亿元。其中,8个国家级开发区实现营业收入5000亿元,同比增长9%。全省开发区完成工业投资900亿元。', '2023-08');
    expect(find(r2, { value: 9 })).toEqual([]);
    // The next subject word ends the sub-group.
    expect(find(r2, { value: 900 })[0]?.subject).toBe('山西省');
    // All of a city's zones of one level, named with 全市, are the city's.
    const r3 = run('1-6月,全市4个省级开发区完成工业投资50.5亿元。(来源:某州日报)', '2023-07');
    expect(find(r3, { value: 50.5 })[0]?.subject).toBe('某州市');
  });

  it('names an unknown county zone by the county\'s short name, as the gazetteer does, in its city', () => {
    const r = run('今年以来,阳曲县经济技术开发区新签约项目12个。', '2023-07');
    expect(find(r, { value: 12 })[0]).toMatchObject({ subject: '阳曲经济技术开发区', city: '太原市' });
    // A one-character county keeps its 县.
    expect(unknownSubject('盂县经济技术开发区').name).toBe('盂县经济技术开发区');
  });

  it('gives a lede\'s figures to a zone the gazetteer does not know, named later at a clause start', () => {
    const r = run('某州日报讯(记者 某某) 完成固定资产投资88亿元,实现规模工业增加值增长12%……3月4日,某州经开区党工委会议上传来消息,该区将全力冲刺。', '2025-03');
    expect(find(r, { value: 88 })[0]?.subject).toBe('某州经济技术开发区');
    // A verb before a type word names no zone ("指导开发区…").
    expect(run('聚焦重点企业,指导开发区健全制度。完成固定资产投资88亿元。', '2025-03').facts).toEqual([]);
  });

  it('strips 山西 in one place', () => {
    expect(bareName('山西省 榆社经济开发区')).toBe('榆社经济开发区');
    expect(bareName('陕西某某开发区')).toBe('陕西某某开发区');
  });
});
