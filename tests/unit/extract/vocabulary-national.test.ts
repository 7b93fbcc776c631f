// Other provinces' names for the same statistics and their zone kinds (工业集中区, 工业园, 综保区, 合作区 …).
// Sentences written for these tests; place names and numbers are made up or common knowledge.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, title = '园区经济运行简报', published = '2024-07') => extractDocument({ name: 't.txt', text, meta: { published, title } });
const bare = (text: string) => extractDocument({ name: 't.txt', text });
const rows = (r: ReturnType<typeof doc>, indicator: string) => find(r, { indicator }).map((f) => [f.subject, f.measure, f.value]);

describe('indicator names of other provinces', () => {
  it('技工贸总收入 / 科工贸总收入 are a high-tech zone’s revenue', () => {
    expect(rows(doc('2023年,襄阳高新区实现技工贸总收入2860亿元,同比增长8.4%。', '高新区年报', '2024-02'), 'revenue')).toEqual([
      ['襄阳高新技术产业开发区', 'value', 2860],
      ['襄阳高新技术产业开发区', 'yoy_pct', 8.4],
    ]);
    expect(find(doc('2023年,宝鸡高新区实现科工贸总收入1320亿元。', '高新区年报', '2024-02'), { indicator: 'revenue' }).map((f) => f.value)).toEqual([1320]);
  });
  it('亩均技工贸总收入 is a per-mu target, not the zone’s revenue', () => {
    expect(find(doc('力争实现亩均技工贸总收入增长15%以上。'), { indicator: 'revenue' })).toEqual([]);
  });
  it('规模工业总产值 and 规模工业产值 are industrial output (规模以上 said short)', () => {
    expect(rows(doc('上半年,娄底经开区完成规模工业总产值236.4亿元,同比增长6.9%。'), 'industrial_output')).toEqual([
      ['娄底经济技术开发区', 'value', 236.4],
      ['娄底经济技术开发区', 'yoy_pct', 6.9],
    ]);
    expect(find(doc('1-5月,孝感高新区规模工业产值达到188亿元。'), { indicator: 'industrial_output' }).map((f) => f.value)).toEqual([188]);
  });
  it('工业性投资 is industrial investment', () => {
    expect(rows(doc('上半年,衢州经开区完成工业性投资52.3亿元,同比增长18.2%。'), 'industrial_investment')).toEqual([
      ['衢州经济技术开发区', 'value', 52.3],
      ['衢州经济技术开发区', 'yoy_pct', 18.2],
    ]);
  });
  it('固定资产投资额 and 固定资产投资总额 are fixed-asset investment', () => {
    expect(find(doc('上半年,钦州港经开区完成固定资产投资额61.7亿元,同比增长11.4%。'), { indicator: 'fixed_asset_investment' }).map((f) => f.value)).toEqual([61.7, 11.4]);
    expect(find(doc('1-6月,遂宁经开区固定资产投资总额达到48亿元。'), { indicator: 'fixed_asset_investment' }).map((f) => f.value)).toEqual([48]);
  });
  it('签约资金 and 签约引资 are the signed amount', () => {
    expect(rows(doc('1-8月,抚州高新区新签约项目31个,签约资金126.8亿元。'), 'signed_projects')).toEqual([
      ['抚州高新技术产业开发区', 'count', 31],
      ['抚州高新技术产业开发区', 'investment', 126.8],
    ]);
    expect(find(doc('上半年,上饶经开区签约引资215亿元。'), { indicator: 'signed_projects' }).map((f) => [f.measure, f.value])).toEqual([['investment', 215]]);
  });
  it('a bare 产值 is the zone’s output only when the zone is its actor', () => {
    expect(rows(doc('上半年,眉山经开区实现产值142亿元,同比增长9.5%。'), 'industrial_output')).toEqual([
      ['眉山经济技术开发区', 'value', 142],
      ['眉山经济技术开发区', 'yoy_pct', 9.5],
    ]);
    // A project's capacity or what a project drives is not the zone's output.
    expect(find(doc('上半年,眉山经开区引进锂电池项目,达产后可实现产值30亿元。'), { indicator: 'industrial_output' })).toEqual([]);
    expect(find(doc('上半年,眉山经开区新投产企业12家,带动产值增加8亿元。'), { indicator: 'industrial_output' })).toEqual([]);
  });
  it('reads the traditional-script forms after normalising', () => {
    expect(find(doc('2023年,綿陽高新區實現技工貿總收入980億元,同比增長7.2%。', '高新區年報', '2024-02'), { indicator: 'revenue' }).map((f) => f.value)).toEqual([980, 7.2]);
    expect(find(doc('上半年,常德經開區完成規模工業總產值320億元。'), { indicator: 'industrial_output' }).map((f) => f.value)).toEqual([320]);
  });
});

describe('zone kinds of other provinces are a sentence’s subject', () => {
  const subjectOf = (text: string, indicator: string) => [...new Set(find(bare(text), { indicator }).map((f) => f.subject))];
  it('工业集中区 (Guizhou, Sichuan)', () => {
    expect(subjectOf('上半年,遵义汇川工业集中区完成工业投资27.6亿元,同比增长13.1%。', 'industrial_investment')).toEqual(['遵义汇川工业集中区']);
  });
  it('产业集聚区 (Henan)', () => {
    expect(subjectOf('前三季度,周口产业集聚区实现主营业务收入412亿元,同比增长9.8%。', 'revenue')).toEqual(['周口产业集聚区']);
  });
  it('工业园 and 产业园 written without 区', () => {
    expect(subjectOf('上半年,吉首工业园完成工业总产值46.2亿元,同比增长5.3%。', 'industrial_output')).toEqual(['吉首工业园']);
    expect(subjectOf('1-9月,昆明空港产业园完成固定资产投资38亿元。', 'fixed_asset_investment')).toEqual(['昆明空港产业园']);
  });
  it('综合保税区 and its short form 综保区', () => {
    expect(subjectOf('上半年,赣州综合保税区完成固定资产投资9.4亿元,同比增长22%。', 'fixed_asset_investment')).toEqual(['赣州综合保税区']);
    expect(subjectOf('上半年,郑州综保区完成固定资产投资15.2亿元。', 'fixed_asset_investment')).toEqual(['郑州综合保税区']);
  });
  it('合作区', () => {
    expect(subjectOf('今年以来,广佛产业合作区签约项目19个,协议投资86.5亿元。', 'signed_projects')).toEqual(['广佛产业合作区']);
  });
  it('a state-level 新区 reports like a zone', () => {
    expect(subjectOf('上半年,贵安新区完成固定资产投资143亿元,同比增长10.6%。', 'fixed_asset_investment')).toEqual(['贵安新区']);
  });
  it('each of several zones in a report gets its own figures', () => {
    const r = bare('上半年,铜仁工业集中区完成工业投资34.5亿元。\n\n上半年,株洲产业园完成工业总产值15亿元。\n\n上半年,南宁综保区完成固定资产投资8.8亿元。');
    expect(find(r, {}).map((f) => [f.subject, f.indicator, f.value])).toEqual([
      ['铜仁工业集中区', 'industrial_investment', 34.5],
      ['株洲产业园', 'industrial_output', 15],
      ['南宁综合保税区', 'fixed_asset_investment', 8.8],
    ]);
  });
  it('a zone followed directly by the indicator’s name (国家高新技术企业, 四上企业)', () => {
    const r = bare('上半年,芜湖经开区完成固投85亿元。\n\n2023年,荆门高新区国家高新技术企业达到236家。');
    expect(find(r, { indicator: 'high_tech_enterprises' }).map((f) => [f.subject, f.value])).toEqual([['荆门高新技术产业开发区', 236]]);
  });
  it('traditional script', () => {
    expect(subjectOf('上半年,畢節工業集中區完成工業投資21.3億元。', 'industrial_investment')).toEqual(['毕节工业集中区']);
  });
  it('a park inside a project’s name is not a subject', () => {
    const r = doc('上半年,开发区签约甲乙汽车零配件产业园、丙丁新材料产业园等项目12个,协议投资45亿元。', '某某经济开发区招商简报');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => f.subject)).not.toContain('丙丁新材料产业园');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => f.subject)).not.toContain('甲乙汽车零配件产业园');
  });
  it('a list of parks or a photo caption does not take over the next figures', () => {
    const r = doc('某某经济开发区上半年工作\n上半年,某某经济开发区完成工业投资20亿元。甲乙产业园、丙丁产业园等一批厂房加快建设。开发区新签约项目9个,协议投资31亿元。', '某某经济开发区');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => f.subject)).toEqual(['某某经济开发区', '某某经济开发区']);
  });
});
