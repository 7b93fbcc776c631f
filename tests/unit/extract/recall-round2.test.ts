// Recall shapes seen on unseen pages (session 4 round 2). Sentences written for these tests; names and numbers made up.
import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

const rows = (text: string, indicator?: string, published = '2024-07') =>
  find(run(text, published), indicator ? { indicator } : {}).map((f) => [f.indicator, f.measure, f.value, f.unit]);

describe('growth rates whose % the page lost', () => {
  it('a number right after a growth word, closed by punctuation, is a percentage', () => {
    expect(rows('上半年,某某开发区实现营业收入320亿元,比去年同期增长35。完成工业增加值61.2亿元,增长18.4,固定资产投资同比增长96。')).toEqual([
      ['revenue', 'value', 320, '亿元'],
      ['revenue', 'yoy_pct', 35, '%'],
      ['industrial_value_added', 'value', 61.2, '亿元'],
      ['industrial_value_added', 'yoy_pct', 18.4, '%'],
      ['fixed_asset_investment', 'yoy_pct', 96, '%'],
    ]);
  });
  it('a bare number elsewhere stays no figure', () => {
    expect(rows('上半年,某某开发区实现营业收入320亿元,排名第3,企业达到45。')).toEqual([['revenue', 'value', 320, '亿元']]);
  });
  it('a sector’s growth after its share of the zone’s output is not the zone’s output growth', () => {
    expect(rows('上半年,某某开发区完成工业总产值210亿元,增长12.5%。电子信息产业完成产值98亿元,占开发区规模以上企业工业总产值的46.7%,增长30.2%。', 'industrial_output')).toEqual([
      ['industrial_output', 'value', 210, '亿元'],
      ['industrial_output', 'yoy_pct', 12.5, '%'],
    ]);
  });
  it('预计完成总产值 is the zone’s output (a forecast), unlike 预计年总产值 of a project', () => {
    expect(rows('1-6月,某某开发区规模以上工业企业预计完成总产值175亿元,同比增长21.3%。', 'industrial_output')).toEqual([
      ['industrial_output', 'value', 175, '亿元'],
      ['industrial_output', 'yoy_pct', 21.3, '%'],
    ]);
    expect(rows('某某项目建成后预计年总产值30亿元。', 'industrial_output')).toEqual([]);
  });
});

describe('销售收入 / 经营收入 / 经营(销售)收入 with a zone as their actor', () => {
  it('a province’s zones together: 全省开发区实现经营(销售)收入…万亿元', () => {
    const r = run('2023年,全省开发区实现经营(销售)收入4.12万亿元,增长15%。', '2024-03');
    expect(find(r, { indicator: 'revenue' }).map((f) => [f.scope, f.measure, f.value, f.unit])).toEqual([
      ['province', 'value', 4.12, '万亿元'],
      ['province', 'yoy_pct', 15, '%'],
    ]);
  });
  it('a zone’s 销售收入', () => {
    expect(rows('1-9月,某某工业园区实现销售收入86.5亿元,同比增长7.7%。', 'revenue')).toEqual([
      ['revenue', 'value', 86.5, '亿元'],
      ['revenue', 'yoy_pct', 7.7, '%'],
    ]);
  });
  it('a firm’s or a village’s income is not the zone’s, nor is the growth after it', () => {
    expect(rows('某某开发区完成工业总产值50亿元,企业销售收入48亿元,增长9%。', 'revenue')).toEqual([]);
    expect(rows('某某村集体经营收入120万元,同比增长30%。', 'revenue')).toEqual([]);
  });
});

describe('a bare 增加值 in a statement about the zone’s industry', () => {
  it('after the zone’s industrial output, 实现增加值 is its industrial value added', () => {
    expect(rows('2023年,某某工业园区实现工业总产值88.2亿元,同比增长12%;实现增加值21.5亿元,同比增长9.1%。', 'industrial_value_added', '2024-02')).toEqual([
      ['industrial_value_added', 'value', 21.5, '亿元'],
      ['industrial_value_added', 'yoy_pct', 9.1, '%'],
    ]);
  });
  it('a sector’s or a class of firms’ 增加值, or one in a statement about no industry, is not', () => {
    expect(rows('2023年,某某工业园区实现工业总产值88.2亿元,服务业增加值12亿元,增长5%。', 'industrial_value_added', '2024-02')).toEqual([]);
    expect(rows('今年力争新签约项目50个,高新技术企业增加值占比达到30%。', 'industrial_value_added')).toEqual([]);
    expect(rows('2023年,某某区实现增加值120亿元,增长6%。', 'industrial_value_added', '2024-02')).toEqual([]);
  });
});

describe('signings closed by 等 after one named item', () => {
  it('新签约甲等工业项目N个, 计划总投资… are the zone’s signings', () => {
    expect(rows('1-9月,某某经开区累计新签约甲乙新能源汽车等工业项目36个,计划总投资118.4亿元。', 'signed_projects', '2024-10')).toEqual([
      ['signed_projects', 'count', 36, '个'],
      ['signed_projects', 'investment', 118.4, '亿元'],
    ]);
  });
  it('引进甲集团年产5万吨…等项目N个 (digits inside the item)', () => {
    expect(rows('上半年,某某开发区新引进甲集团年产5万吨碳纤维等项目84个。', 'signed_projects').map((x) => x[2])).toEqual([84]);
  });
  it('签订合同项目 is a signing count', () => {
    expect(rows('上半年,某某高新区签订合同项目27个,投资总额86亿元。', 'signed_projects')).toEqual([
      ['signed_projects', 'count', 27, '个'],
      ['signed_projects', 'investment', 86, '亿元'],
    ]);
  });
  it('one sector’s signings after 等 stay a part', () => {
    expect(rows('上半年,某某开发区新签约甲电池等新能源项目9个。', 'signed_projects')).toEqual([]);
  });
});

describe('one growth rate for a run of names (均/都)', () => {
  it('A、B、C均增长x%: each of our indicators in the run gets it', () => {
    expect(rows('上半年,某某开发区营业收入、工业总产值和工业投资均增长10%以上。')).toEqual([
      ['revenue', 'yoy_pct', 10, '%'],
      ['industrial_output', 'yoy_pct', 10, '%'],
      ['industrial_investment', 'yoy_pct', 10, '%'],
    ]);
    expect(rows('2024年,某某开发区固定资产投资、工业投资、服务业投资均增长12%左右。', undefined, '2024-03').map((x) => x[0])).toEqual(['fixed_asset_investment', 'industrial_investment']);
  });
  it('a later clause’s number after 均有增长 is its own name’s only', () => {
    expect(rows('上半年,某某开发区营业收入和工业投资均有增长,其中工业投资增长8%。').map((x) => x[0])).toEqual(['industrial_investment']);
  });
});

describe('a zone’s share of its city’s output', () => {
  it('规上工业产值…,增长…,占全市的x% is a share of output', () => {
    expect(rows('2023年,某某高新区规上工业产值812.4亿元,增长6.1%,占全市的35.2%。', 'industrial_output', '2024-02')).toEqual([
      ['industrial_output', 'value', 812.4, '亿元'],
      ['industrial_output', 'yoy_pct', 6.1, '%'],
      ['industrial_output', 'share_pct', 35.2, '%'],
    ]);
  });
});

describe('a list of zones each with its own growth rate', () => {
  it('分别是甲经开区同比增长a%、乙工业集中区同比增长b%: each rate is its zone’s', () => {
    const r = run('上半年,全州园区营业收入增长较快的有3家,分别是岳阳经开区同比增长31.5%、临湘工业集中区同比增长22.4%、华容工业园同比增长18%。', '2024-07');
    expect(find(r, { indicator: 'revenue', measure: 'yoy_pct' }).map((f) => [f.subject, f.value])).toEqual([
      ['岳阳经济技术开发区', 31.5],
      ['临湘工业集中区', 22.4],
      ['华容工业园', 18],
    ]);
  });
  it('without 分别 a name in passing before a rate changes nothing', () => {
    const r = run('上半年,某某经开区营业收入同比增长12%,落户乙工业园的项目增长8%。', '2024-07');
    expect(find(r, { indicator: 'revenue' }).map((f) => [f.subject, f.value])).toEqual([['某某经济技术开发区', 12]]);
  });
});

describe('规模以上工业企业 with their count, then a bare 产值', () => {
  it('在库规模以上工业企业N家,完成产值… is the zone’s industrial output', () => {
    expect(rows('1-5月,某某高新区在库规模以上工业企业38家,完成产值9.6亿元,同比增长7.5%。', 'industrial_output')).toEqual([
      ['industrial_output', 'value', 9.6, '亿元'],
      ['industrial_output', 'yoy_pct', 7.5, '%'],
    ]);
  });
  it('a sector’s firms stay a part', () => {
    expect(rows('1-5月,某某高新区汽车规模以上工业企业12家,完成产值3.1亿元。', 'industrial_output')).toEqual([]);
  });
});

describe('items of a respective list sharing one head noun', () => {
  it('固定资产、工业投资分别增长a%、b%: 固定资产 is 固定资产投资', () => {
    expect(rows('上半年,某某园区固定资产、工业投资分别同比增长14.2%、20.8%。')).toEqual([
      ['fixed_asset_investment', 'yoy_pct', 14.2, '%'],
      ['industrial_investment', 'yoy_pct', 20.8, '%'],
    ]);
  });
  it('an item that is no indicator even with the head stays nothing', () => {
    expect(rows('上半年,某某园区民间、工业投资分别同比增长9%、20.8%。')).toEqual([['industrial_investment', 'yoy_pct', 20.8, '%']]);
  });
});

describe('a growth goal the growth rate is compared with', () => {
  it('增长34.2%,高于28%的年度目标: 28% is the year’s growth target', () => {
    const r = run('前三季度,某某开发区完成固定资产投资160.7亿元,增长31.2%,高于25%的年度目标。', '2024-10');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'yoy_pct' }).map((f) => [f.value, f.kind, f.period])).toEqual([
      [31.2, 'actual', '2024-01/2024-09'],
      [25, 'target', '2024-01/2024-12'],
    ]);
  });
  it('a share compared with a mark is not a growth goal', () => {
    const r = run('前三季度,某某开发区完成固定资产投资160.7亿元,增长31.2%,高于全省平均水平。', '2024-10');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'yoy_pct' }).map((f) => f.value)).toEqual([31.2]);
  });
});

describe('增加值率 is no value added', () => {
  it('an aside about the value-added rate leaves the figures around it', () => {
    expect(rows('某某经开区2024年预计完成情况:规模以上工业增加值全年计划完成12.5亿元(行业可能使用的0.05%增加值率),同比增长30.2%。', 'industrial_value_added', '2024-03').map((x) => x[2])).toEqual([12.5, 30.2]);
  });
});
