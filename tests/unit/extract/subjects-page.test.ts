/**
 * Subjects decided from the page and the sentence start: 我市 bound to the city of the page furniture,
 * sub-areas that open a sentence, datelines, short and malformed zone names, national aggregates.
 * All sentences are written for these tests (invented figures; place names from the Shanxi gazetteer).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { documentProvince, fullerName, nationalGroup, openingArea, pageCity, unknownSubject, zoneLikeNames } from '../../../src/extract/subjects';
import { atSubjectPosition } from '../../../src/extract/facts';
import { find } from './helpers';

const doc = (text: string, published = '2023-05', title?: string) =>
  extractDocument({ name: 't.txt', text, meta: { published, ...(title ? { title } : {}) } });

describe('我市 on a city paper or portal page', () => {
  it('binds 我市 to the one city named in the source line', () => {
    const text = [
      '抓项目促发展 开好局起好步',
      '2023-05-12  来源:临汾日报  编辑:某某',
      '5月11日,我市与全省同步举行开发区第二次“三个一批”活动。此次活动,我市新签约项目18个,总投资40.5亿元。',
    ].join('\n');
    const r = doc(text);
    expect(find(r, { value: 18 })[0]).toMatchObject({ subject: '临汾市', scope: 'city', city: '临汾市' });
    expect(find(r, { value: 40.5 })[0]?.subject).toBe('临汾市');
  });
  it('binds 我市 to the city of the portal bar and breadcrumb', () => {
    const text = [
      '政府网 | 山西省人民政府 | 吕梁市人民政府',
      '首页 > 要闻 > 吕梁要闻',
      '本次活动,我市共签约项目9个,总投资15.2亿元。',
    ].join('\n');
    expect(find(doc(text), { value: 9 })[0]?.subject).toBe('吕梁市');
  });
  it('guesses nothing when the furniture names two cities', () => {
    const text = ['太原 晋中 两地联动', '来源:某某新闻网', '本次活动,我市共签约项目9个,总投资15.2亿元。'].join('\n');
    const r = doc(text);
    // (No city is guessed: the figure is kept under the unknown convention, 某市, off the map.)
    expect(find(r, { value: 9 }).map((f) => f.subject)).toEqual(['某市']);
    expect(r.warnings.some((w) => w.kind === 'ambiguous_name' && /我市/.test(w.message))).toBe(true);
  });
  it('binds 我市 to the one city all the text’s names lie in when the furniture names none', () => {
    const text = '日前,我市与全省同步举行开发区“三个一批”活动,共推出60个项目,总投资80.5亿元。\n据悉,本次活动吕梁市开发区共签约20个项目,总投资30.2亿元。';
    const r = doc(text, '2023-09');
    expect(find(r, { value: 30.2 })[0]?.subject).toBe('吕梁市');
    expect(r.facts.every((f) => f.subject === '吕梁市')).toBe(true);
    expect(r.warnings.some((w) => /无法确定主体/.test(w.message))).toBe(false);
  });
  it('reads the page city from furniture lines only', () => {
    expect(pageCity('来源:运城日报\n正文,落户太原市。', undefined).city?.name).toBe('运城市');
    expect(pageCity('我市召开会议,落户太原市。', undefined).city).toBeNull();
    // A paper named after a region, or any paper beside a named city, adds no city.
    expect(pageCity('运城市人民政府\n信息来源:黄河日报\n正文。', undefined).city?.name).toBe('运城市');
    expect(pageCity('某州市人民政府\n信息来源:某县日报\n正文。', undefined).named).toEqual(['某州市']);
  });
});

describe('a sub-area opening a sentence takes over the subject', () => {
  it('gives 其中<county> figures to the county’s only zone', () => {
    const text = '本次“三个一批”活动朔州市共有项目40个,总投资90.5亿元。其中山阴县“签约一批”项目4个,总投资11.2亿元。';
    const r = doc(text, '2022-09');
    expect(find(r, { value: 40 })[0]?.subject).toBe('朔州市');
    expect(find(r, { value: 4 })[0]).toMatchObject({ subject: '山阴经济技术开发区', scope: 'zone', city: '朔州市' });
    expect(find(r, { value: 11.2 })[0]?.subject).toBe('山阴经济技术开发区');
  });
  it('gives a sentence that opens with “…经济区(…区)” to that area as written', () => {
    const text = '2022年,某某一体化经济区(大同区)地区生产总值500亿元。工业投资增长12.4%,增速高于全省。';
    const r = doc(text);
    expect(find(r, { value: 12.4 })[0]).toMatchObject({ subject: '某某一体化经济区(大同区)', scope: 'zone', city: '大同市' });
  });
  it('keeps the subject when a county opens a sentence without figures', () => {
    const text = '12月5日,吕梁市举行开发区“三个一批”活动。交城县县长张某出席活动。此次“三个一批”活动,共签约项目20个,总投资50.5亿元。';
    expect(find(doc(text, '2023-12'), { value: 20 })[0]?.subject).toBe('吕梁市');
  });
  it('gives a county without a zone of its own its figures as the county, in its city', () => {
    const r = doc('4月2日,杏花岭区举行重点项目集中签约活动,6个项目落户该区,总投资额12.5亿元。', '2022-04');
    expect(find(r, { value: 12.5 })[0]).toMatchObject({ subject: '杏花岭区', scope: 'city', city: '太原市' });
  });
  it('keeps a county with several zones as the county, not one of its zones', () => {
    expect(openingArea('其中小店区签约项目5个')?.subject).toEqual({ name: '小店区', scope: 'city', city: '太原市' });
    expect(openingArea('其中山阴县签约项目5个')?.subject.name).toBe('山阴经济技术开发区');
    expect(openingArea('城区面积达到12平方公里')).toBeNull();
  });
  it('gives a paragraph that opens with “…片区” to that area, in the city it names', () => {
    const text = [
      '本次活动吕梁市开发区共签约20个项目,总投资30.1亿元。',
      '某某一体化经济区吕梁片区共签约12个项目,总投资25.3亿元。',
    ].join('\n');
    const r = doc(text);
    expect(find(r, { value: 20 })[0]?.subject).toBe('吕梁市');
    expect(find(r, { value: 12 })[0]).toMatchObject({ subject: '某某一体化经济区吕梁片区', scope: 'zone', city: '吕梁市' });
  });
});

describe('datelines and ledes', () => {
  it('never reads a province out of a zone name in the headline', () => {
    const text = ['山西灵丘经开区首季开门红', '来源:某某网山西', '一季度,完成工业投资3.1亿元,同比增长12.5%。'].join('\n');
    const r = doc(text, '2024-04');
    expect(find(r, { value: 3.1 })[0]).toMatchObject({ scope: 'zone', city: '大同市' });
    expect(find(r, { value: 3.1 })[0]?.subject).toMatch(/^灵丘/);
  });
  it('gives a lede’s figures to the first zone its paragraph names', () => {
    const text = '某某网山西新闻4月2日电 完成工业投资3.1亿元,同比增长12.5%。近日,山西灵丘经济技术开发区一季度经济数据发布。';
    const r = doc(text, '2024-04');
    expect(find(r, { value: 3.1 })[0]).toMatchObject({ subject: '灵丘经济技术开发区', scope: 'zone', city: '大同市' });
    // The dateline is no part of the quote.
    expect(find(r, { value: 3.1 })[0]?.quote).toBe('完成工业投资3.1亿元');
  });
  it('does not give a lede’s figures to a zone named in passing', () => {
    const r = doc('某某网4月2日电 完成工业投资3.1亿元,同比增长12.5%。一批新项目落户灵丘经济技术开发区。', '2024-04');
    expect(find(r, { value: 3.1 })).toHaveLength(0);
  });
});

describe('short and malformed zone names', () => {
  it('gives a name shortened from the front the full name the document gives', () => {
    const names = zoneLikeNames('2024年,平陆现代农业产业示范区总结成果。过去五年,平陆示范区累计落地项目30个。');
    expect(names).toContain('平陆现代农业产业示范区');
    expect(fullerName('平陆示范区', names)).toBe('平陆现代农业产业示范区');
  });
  it('uses the full name for the figures', () => {
    const r = doc('2024年3月,平陆现代农业产业示范区发布年报。平陆示范区固定资产投资从2020年的1.25亿元增至2023年的5.5亿元。', '2024-03');
    expect(find(r, { value: 5.5 })[0]?.subject).toBe('平陆现代农业产业示范区');
  });
  it('reads no zone out of a verb phrase', () => {
    const r = doc('年初以来,全国规范整顿开发区工作进展顺利。1-6月,完成工业投资12.5亿元。', '2010-08');
    expect(r.facts.some((f) => /整顿/.test(f.subject))).toBe(false);
  });
  it('keeps a province prefix out of a zone of that province', () => {
    expect(unknownSubject('四川省高新区')).toMatchObject({ name: '四川省', scope: 'province' });
    expect(unknownSubject('山西灵丘经开区')).toMatchObject({ scope: 'zone', city: '大同市' });
  });
});

describe('national aggregates', () => {
  it('files the country’s national zones under 全国 and regional groups as written', () => {
    expect(nationalGroup('1-6月,中国60个国家级开发区实现工业增加值100亿元', false)).toMatchObject({ name: '全国', scope: 'province' });
    expect(nationalGroup('上半年西部20家国家级开发区实现…', false)).toMatchObject({ name: '西部20家国家级开发区', scope: 'province' });
    // Without 全国/中国 and in a text about a province, a count of national zones is that province's.
    expect(nationalGroup('截至年底,8个国家级开发区实现…', false)).toBeNull();
    expect(nationalGroup('截至年底,8个国家级开发区实现…', true)).toMatchObject({ name: '全国' });
  });
  it('gives national figures to 全国 in a text about the country', () => {
    const text = [
      '据商务部统计,1-6月,中国60个国家级经济技术开发区实现工业增加值2100.5亿元。',
      '上半年西部20家国家级开发区实现工业增加值300.2亿元。',
    ].join('\n');
    const r = doc(text, '2010-08');
    expect(find(r, { value: 2100.5 })[0]).toMatchObject({ subject: '全国', scope: 'province', city: '' });
    expect(find(r, { value: 300.2 })[0]).toMatchObject({ subject: '西部20家国家级开发区', scope: 'province' });
  });
});

describe('county pages and short forms of known zones', () => {
  it('gives a county page’s unnamed 开发区 to the county’s only zone', () => {
    const text = ['襄垣县举行开发区工作推进会', '3月2日,我县召开推进会。会议指出,2023年,开发区完成规上工业增加值30.5亿元,同比增长6.2%。'].join('\n');
    const r = doc(text, '2024-03');
    expect(find(r, { value: 30.5 })[0]).toMatchObject({ subject: '襄垣经济技术开发区', scope: 'zone', city: '长治市' });
    // "襄垣县举行开发区" is running text, not a zone the gazetteer lacks.
    expect(r.warnings.some((w) => w.kind === 'unknown_zone' && /举行/.test(w.message))).toBe(false);
  });
  it('reads "<city>市<type>" and "<city>开发区" as the city’s one zone of that family', () => {
    const text = '盂县经济技术开发区成立于2001年。阳泉市经济技术开发区地处市区东北。到2010年,全区实现工业总产值8.5亿元。';
    const r = doc(text, '2011-06', '阳泉市开发区发展报告');
    expect(find(r, { value: 8.5 })[0]).toMatchObject({ subject: '阳泉经济开发区', scope: 'zone' });
  });
  it('keeps a bare 开发区 in a city’s document with the city', () => {
    const text = '市里赋予阳曲示范区事权30项。\n\n在历次活动中,开发区累计签约项目40个,投资额300.5亿元。';
    expect(find(doc(text, '2021-06', '太原市推动开发区发展'), { value: 40 })[0]?.subject).toBe('太原市');
  });
  it('writes 经开区 of a zone the gazetteer does not know in full', () => {
    const r = doc('2023年,某州经开区完成规模以上工业总产值1200亿元。', '2024-01');
    expect(find(r, { value: 1200 })[0]?.subject).toBe('某州经济技术开发区');
  });
  it('keeps the level word out of a zone’s name', () => {
    const r = doc('11月2日,国家某乡经济技术开发区举行签约仪式,3个项目集中签约,总投资20.5亿元。', '2012-11');
    expect(r.facts.every((f) => f.subject === '某乡经济技术开发区')).toBe(true);
  });
});

describe('province words', () => {
  it('reads a headline’s one-character province abbreviation for 全省', () => {
    const r = doc('豫一季度开发区运行平稳\n一季度,全省产业集聚区规模以上工业实现主营业务收入3000.5亿元,同比增长20.1%。', '2012-06');
    expect(find(r, { value: 3000.5 })[0]).toMatchObject({ subject: '河南省', scope: 'province' });
  });
  it('reads no province out of a place that only starts like an abbreviation', () => {
    expect(documentProvince('鄂尔多斯高新区一季度运行')).toMatchObject({ name: '山西省' });
    expect(documentProvince('皖北开发区一季度运行')).toMatchObject({ name: '安徽省' });
  });
  it('takes 这次…全省开发区 as the province', () => {
    const text = '1月1日,在省政府举办的活动上,某公司与襄垣县政府签署协议。\n这次山西省全省开发区“三个一批”活动,签约项目300个、总投资2000.5亿元。';
    expect(find(doc(text, '2021-01'), { value: 300 })[0]?.subject).toBe('山西省');
  });
});

describe('a city page’s unnamed 开发区', () => {
  it('is the gazetteer’s one zone of that kind in the page’s city', () => {
    const text = ['开发区签约项目8个', '来源:晋城日报  发布日期:2021年05月10日', '5月8日,开发区举行项目签约仪式,共签约项目8个,总投资56.5亿元。'].join('\n');
    const f = find(doc(text, '2021-05'), { value: 8 })[0];
    expect(f).toMatchObject({ subject: '晋城经济技术开发区', scope: 'zone', city: '晋城市' });
  });
  it('is qualified by a city outside the gazetteer that the source line names', () => {
    const text = ['开发区签约项目8个', '来源:某州日报 作者:某某', '5月8日,开发区举行项目签约仪式,共签约项目8个,总投资56.5亿元。'].join('\n');
    expect(find(doc(text, '2021-05'), { value: 8 })[0]).toMatchObject({ subject: '某州开发区', city: '某州市' });
  });
  it('gives a zone outside the gazetteer the page’s city when it is named after it', () => {
    const text = ['某州高新区一季度开门红', '来源:某州日报', '一季度,高新区实现规上工业总产值220.5亿元,同比增长12.1%。'].join('\n');
    expect(find(doc(text, '2024-04'), { value: 220.5 })[0]).toMatchObject({ subject: '某州高新技术产业开发区', city: '某州市' });
  });
  it('stays as written when only a national paper is named', () => {
    const text = ['开发区签约项目8个', '来源:经济日报', '5月8日,开发区举行项目签约仪式,共签约项目8个,总投资56.5亿元。'].join('\n');
    expect(find(doc(text, '2021-05'), { value: 8 })[0]?.subject).toBe('开发区');
  });
});

describe('zones named in passing', () => {
  it('do not take over the next sentence when they name a person’s office', () => {
    const text = '12月5日,临汾市举行开发区“三个一批”活动。临汾经济技术开发区党工委书记李某出席活动。此次“三个一批”活动,共签约项目25个,总投资60.5亿元。';
    expect(find(doc(text, '2023-12'), { value: 25 })[0]?.subject).toBe('临汾市');
  });
  it('do not take over the next sentence when named inside a clause', () => {
    const text = '12月5日,临汾市举行开发区“三个一批”活动,市长在临汾经济技术开发区分会场宣布开工。此次活动共签约项目25个,总投资60.5亿元。';
    expect(find(doc(text, '2023-12'), { value: 25 })[0]?.subject).toBe('临汾市');
  });
  it('stay what a later 开发区 in the paragraph means, even in a city’s document', () => {
    const text = '12月5日,晋城经济技术开发区党工委召开会议。会议指出,今年以来,开发区完成固定资产投资50.5亿元,同比增长9.1%。';
    expect(find(doc(text, '2023-12', '晋城市开发区工作动态'), { value: 50.5 })[0]?.subject).toBe('晋城经济技术开发区');
  });
  it('stay what a later bare 园区 refers back to', () => {
    const text = '去年省政府批复了《山西甲县工业园区总体规划》。园区规划面积20平方公里。到2025年,实现工业增加值80亿元。';
    const f = find(doc(text, '2021-03'), { value: 80 })[0];
    expect(f?.subject).toBe('甲县工业园区');
  });
});

describe('datelines and reporter credits are lead-ins', () => {
  const at = (t: string, name: string) => {
    const i = t.lastIndexOf(name);
    return atSubjectPosition(t, 0, i, i + name.length);
  };
  it('lets a name after them stand where a subject stands', () => {
    expect(at('某某社晋中6月2日电 晋中市', '晋中市')).toBe(true);
    expect(at('本报讯(记者 李某 通讯员 王某)晋中市', '晋中市')).toBe(true);
    expect(at('一批项目落户晋中市', '晋中市')).toBe(false);
  });
  it('gives the figures after a dateline to the city named right after it', () => {
    const r = doc('某某社晋中6月2日电 晋中市上半年新签约项目15个,总投资120.5亿元。', '2023-07');
    expect(find(r, { value: 120.5 })[0]?.subject).toBe('晋中市');
  });
});

describe('parks named as parts after 其中', () => {
  it('keep their own total even when another part comes first', () => {
    const r = doc('1-10月份,全县完成固定资产投资100.5亿元,同比增长10.4%,其中,县属投资80.1亿元,增长9.3%,空港园区20.4亿元,增长30.2%。', '2023-11');
    // (An unnamed county is labelled 某县: 全县 is no name.)
    expect(find(r, { value: 100.5 })[0]?.subject).toBe('某县');
    expect(find(r, { value: 20.4 })[0]).toMatchObject({ subject: '空港园区', indicator: 'fixed_asset_investment', measure: 'value' });
    // The county's own part (县属) is no fact.
    expect(find(r, { value: 80.1 })).toHaveLength(0);
  });
});
