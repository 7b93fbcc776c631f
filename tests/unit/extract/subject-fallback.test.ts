// Subject fallback (src/extract/subject-fallback.ts): a figure with an indicator is not lost only because no
// rule named its subject. Every sentence here is written for the test (invented names and numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { fallbackState, fallbackSubject } from '../../../src/extract/subject-fallback';

const doc = (text: string, published: string | null = '2023-11') =>
  extractDocument({ name: 't.txt', text, ...(published ? { meta: { published } } : {}) });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value]);
const lost = (r: ReturnType<typeof doc>) => r.warnings.filter((w) => /无法确定主体/.test(w.message)).length;

describe('the chain where no rule names the subject', () => {
  it('a place the headline names (outside the gazetteer) is the subject of a lede that names nobody', () => {
    const r = doc('第九届山地博览会青禾市收获颇丰\n\n山地网5月3日电 签约8个项目,签约总金额41.2亿元,涉及新材料等产业。今日,在青禾招商推介会上,青禾市获得丰收。');
    expect(brief(r)).toEqual([
      ['青禾市', 'signed_projects', 'count', 8],
      ['青禾市', 'signed_projects', 'investment', 41.2],
    ]);
    expect(lost(r)).toBe(0);
  });
  it('a zone type the gazetteer has no row for (工业集中区) opening the sentence is its subject', () => {
    const r = doc('今年以来,松川工业集中区签约项目12个,总投资56亿元。');
    expect(brief(r)).toEqual([
      ['松川工业集中区', 'signed_projects', 'count', 12],
      ['松川工业集中区', 'signed_projects', 'investment', 56],
    ]);
  });
  it('a city that never names itself (我市): the figures are kept under 某市, flagged unknown', () => {
    const r = doc('招商工作情况\n\n截至目前,我市与省同步举行了四期“三个一批”活动,项目210个,总投资980.5亿元。', null);
    expect(brief(r)).toEqual([
      ['某市', 'batch_total', 'count', 210],
      ['某市', 'batch_total', 'investment', 980.5],
    ]);
  });
  it('全市 after a list of counties is the city, not the last county named', () => {
    const r = doc('招商工作成效\n\n一、新签约项目情况\n\n1-6月份全市亿元以上新签约项目40个,分别为:甲山县12个、乙水县9个、丙河县19个。\n\n二、大项目情况\n\n1-6月份全市10亿元以上新签约项目7个,分别为:甲山县3个、乙水县4个。');
    const subjects = new Set(r.facts.map((f) => f.subject));
    expect(subjects.has('甲山县')).toBe(false);
    expect(brief(r)).toContainEqual(['某市', 'signed_projects', 'count', 40]);
  });
});

describe('names the gazetteer does not know', () => {
  it('the section goes on about the zone it last named (carried to a sentence that names nobody)', () => {
    const r = doc('二、招商引资\n\n桂溪县产业集聚区围绕主导产业精准招商。全年新签约项目9个,协议总投资36亿元。');
    expect(brief(r)).toEqual([
      ['桂溪县产业集聚区', 'signed_projects', 'count', 9],
      ['桂溪县产业集聚区', 'signed_projects', 'investment', 36],
    ]);
  });
  it('a 新区 or 产业园 opening the figure’s clause is its subject; a verb before a type word is none', () => {
    expect(brief(doc('1-9月,云杉新区新签约项目14个。'))[0]).toEqual(['云杉新区', 'signed_projects', 'count', 14]);
    const r = doc('工作情况\n\n指导园区完善制度。全年新签约项目5个。');
    expect(r.facts.some((f) => f.subject.includes('指导'))).toBe(false);
  });
  it('a verb phrase ending in a type word ("协调解决园区…") is no name: the figure falls to the scope word', () => {
    const r = doc('工作情况\n\n每季度召开协调会议,解决园区发展中存在的问题。截至目前,全市园区“签约一批”项目共36个。');
    expect(r.facts.map((f) => f.subject)).toEqual(['某市']);
  });
  it('a headline place whose stem begins with 开/新/成 is read whole; a province’s round (全省第七期) is no scope word', () => {
    const t = '全省第五期项目活动开州市分会场举行\n原标题:全省第五期项目活动举行 开州总投资88.4亿元的19个项目集中开工';
    const at = t.indexOf('19个');
    const fb = fallbackSubject(fallbackState(t, t.indexOf('原标题')), t.indexOf('原标题'), t.length, t.indexOf('原标题'), at);
    expect(fb?.subject).toMatchObject({ name: '开州市', scope: 'city', unknown: true });
  });
  it('a park after 其中 is a part, not the document’s subject', () => {
    const r = doc('2023年,某县完成固定资产投资20.5亿元,其中南山工业园区完成8.3亿元。');
    expect(r.facts.filter((f) => f.value === 20.5 && f.subject === '南山工业园区')).toEqual([]);
  });
});

describe('figures that are no area’s stay out', () => {
  it('a company’s output is not given the document’s place', () => {
    const r = doc('翠岭县工业经济简讯\n\n截至9月底,翠微新材料有限公司实现产值12.6亿元,同比增长18%。');
    expect(r.facts.filter((f) => f.indicator === 'industrial_output')).toEqual([]);
  });
  it('a prefecture’s whole-economy growth (全州规模以上工业增加值) is not a zone figure', () => {
    const r = doc('云岭州2023年工业稳步增长\n\n2023年,全州规模以上工业增加值同比增长9.4%,高于全省平均水平。');
    expect(r.facts.filter((f) => f.indicator === 'industrial_value_added')).toEqual([]);
  });
  it('a difference from an earlier event is not the signing total', () => {
    const r = doc('本次签约项目主要有以下特点。签约总投资额比上届洽谈会增加120.5亿元,增长9.3%。');
    expect(r.facts).toEqual([]);
  });
});
