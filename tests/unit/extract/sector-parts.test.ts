// A figure whose clause subject is a sector or a class of firms is that part's, not the zone's.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';
import { findKeywords } from '../../../src/extract/indicators';

const doc = (text: string, title = '某某经济开发区', published = '2024-01') => extractDocument({ name: 't.txt', text, meta: { published, title } });

describe('a sector or class of firms as the clause subject', () => {
  it('"…三大主导产业实现营业收入" is the sectors’ part; the zone’s own total is kept', () => {
    const r = doc('2023年,开发区实现营业收入520亿元,同比增长9.1%。光伏、储能、化工三大主导产业实现营业收入311.5亿元,增长12.4%。');
    expect(find(r, { indicator: 'revenue' }).map((f) => [f.measure, f.value])).toEqual([
      ['value', 520],
      ['yoy_pct', 9.1],
    ]);
  });
  it('a single industry before 实现 and a 领域 glued to the word are parts', () => {
    const r = doc('2023年,开发区绿色食品产业实现主营业务收入同比增长15%;全年实现新兴领域营业收入88.2亿元。');
    expect(find(r, { indicator: 'revenue' })).toEqual([]);
  });
  it('counted firms of one class ("46家亿元企业") and a sector’s regulated firms are parts', () => {
    const r = doc('据统计,开发区内46家亿元企业2023年工业产值增长18.5%;生物医药规上企业实现营收77亿元。');
    expect(find(r, { indicator: 'industrial_output' })).toEqual([]);
    expect(find(r, { indicator: 'revenue' })).toEqual([]);
  });
  it('a trade named X业 or X工业 before 产值 is that trade’s output', () => {
    const r = doc('1-11月,开发区规上工业产值增长6.2%。食品加工业产值下降2.1%,金属制品业产值增长8.8%。');
    expect(find(r, { indicator: 'industrial_output' }).map((f) => f.value)).toEqual([6.2]);
  });
  it('all regulated industrial firms, a park and the zone itself stay the subject’s total', () => {
    const r = doc('2023年,全区58家规上工业企业实现营业收入210亿元;开发区规上企业实现营收230亿元。');
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => f.value)).toEqual([210, 230]);
    // A park ending in 产业园 is a subject, not a sector: its indicator word keeps its meaning.
    const t = '2023年,甲乙新材料产业园实现营业收入40.5亿元。';
    expect(findKeywords(t, 0, t.length).map((k) => k.def.key)).toEqual(['revenue']);
  });
});

describe('a size class of signings and a restated batch', () => {
  it('a size class of signings is a part when the sentence gives the signing count next', () => {
    const r = doc('上半年,开发区签约总投资5亿元以上项目12个,完成重点签约项目45个,总投资300.5亿元。');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([45]);
  });
  it('without a count beside it, the size class is the zone’s signings', () => {
    const r = doc('上半年,开发区签约亿元以上项目12个,总投资30.5亿元。');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([12]);
  });
  it('"此外,N个“投产一批”项目由…“开工一批”项目转化而来" restates that batch, not a total', () => {
    const r = doc('5月10日,全省第三期“三个一批”项目建设活动举行。某某市“签约一批”项目20个、总投资100亿元,“开工一批”项目30个、总投资200亿元,“投产一批”项目40个、总投资300亿元。此外,40个“投产一批”项目全部由上期“开工一批”项目转化而来。', '某某市', '2024-05');
    expect(find(r, { indicator: 'batch_total' })).toEqual([]);
    expect(find(r, { indicator: 'batch_commissioned', measure: 'count' }).map((f) => f.value)).toEqual([40]);
  });
});

describe('breakdowns and a project set’s output', () => {
  it('"分行业看" opens a breakdown: its figures are parts, the total before it stays', () => {
    const r = doc('2023年,开发区实现营业收入900亿元。分行业看,新能源行业实现营业收入500亿元;装备板块实现营业收入100亿元。', '某某高新区');
    expect(find(r, { indicator: 'revenue' }).map((f) => f.value)).toEqual([900]);
  });
  it('output right after a set of projects and their money is the projects’, not the zone’s', () => {
    const r = doc('今年以来,开发区已新引进亿元以上项目18个,总投资120.5亿元,总产值超300亿元。');
    expect(find(r, { indicator: 'industrial_output' })).toEqual([]);
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([18]);
  });
  it('the zone naming itself after the projects keeps its own output', () => {
    const r = doc('今年以来,开发区签约项目18个,总投资120.5亿元,全区完成工业总产值300亿元。');
    expect(find(r, { indicator: 'industrial_output' }).map((f) => f.value)).toEqual([300]);
  });
});

describe('a later joint start beside a round whose 开工一批 is already counted', () => {
  it('is another campaign, not the round’s batch again', () => {
    const r = doc('2月6日,全省第五期“三个一批”项目建设活动某某分会场举行。某某市“签约一批”项目30个,总投资150亿元;“开工一批”项目80个,总投资900.5亿元。\n集中开工项目190个 总投资1500亿元\n全市一季度“开工一批”项目集中开工仪式启动\n2月6日,某某市一季度“开工一批”项目集中开工仪式在某某产业园举行。', '某某市', '2024-02');
    expect(find(r, { indicator: 'batch_started' }).map((f) => [f.measure, f.value])).toEqual([
      ['count', 80],
      ['investment', 900.5],
    ]);
  });
});

describe('a bare 完成投资', () => {
  it('with nothing named before it is the zone’s investment', () => {
    const r = doc('1至5月,某某县工业园区累计完成投资18.5亿元,同比增长20.5%。', '某某县工业园区', '2024-06');
    expect(find(r, { indicator: 'fixed_asset_investment' }).map((f) => [f.measure, f.value])).toEqual([
      ['value', 18.5],
      ['yoy_pct', 20.5],
    ]);
  });
  it('after projects named in its sentence, or another owner before it, it is not the zone’s', () => {
    const r = doc('截至5月底,园区12个重点项目总投资80亿元,累计完成投资12.5亿元。甲县完成投资30亿元,增长9.5%。', '某某县工业园区', '2024-06');
    expect(find(r, { indicator: 'fixed_asset_investment' })).toEqual([]);
  });
  it('projects named in an earlier sentence of its paragraph own it too', () => {
    const r = doc('全力推进重大项目。2023年园区共实施亿元以上项目9个,总投资60.5亿元。至年底,全年完成投资15.2亿元,占年度计划的110%。', '某某县工业园区', '2024-01');
    expect(find(r, { indicator: 'fixed_asset_investment' })).toEqual([]);
  });
});
