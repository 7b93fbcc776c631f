// Respective lists whose items are subjects or years, and lists that must not be paired (session 5). Sentences
// written for these tests (invented names and numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published: string | undefined = '2024-08') =>
  extractDocument({ name: 't.txt', text, meta: published ? { published } : undefined });
const rows = (r: ReturnType<typeof doc>, measure?: string) =>
  r.facts.filter((f) => !measure || f.measure === measure).map((f) => [f.subject, f.indicator, f.value]);

describe('a list of subjects before 分别: one fact per subject', () => {
  it('three zones, the indicator said once after the last', () => {
    const r = doc('上半年,甲县经开区、乙县高新区和丙市工业园区完成投资分别同比增长11.5%、8.7%和30.9%。');
    expect(rows(r)).toEqual([
      ['甲县经济技术开发区', 'fixed_asset_investment', 11.5],
      ['乙县高新技术产业开发区', 'fixed_asset_investment', 8.7],
      ['丙市工业园区', 'fixed_asset_investment', 30.9],
    ]);
  });
  it('traditional script, four names, a base and a new town among them', () => {
    const r = doc('上半年,甲山產業基地、乙河工業園、丙水經開區和丁湖科學城營業收入分別增長15%、12%、9%和7%。');
    expect(rows(r).map((x) => x[2])).toEqual([15, 12, 9, 7]);
    expect(rows(r).map((x) => x[0])).toEqual(['甲山产业基地', '乙河工业园', '丙水经济技术开发区', '丁湖科学城']);
  });
  it('the subjects in the clause before the one with 分别', () => {
    const r = doc('1-7月,“五园”中甲山产业基地、乙河工业园、丙水经开区发展最快,完成规模工业产值分别比去年同期增长46.6%、21%、12.6%。');
    expect(rows(r)).toEqual([
      ['甲山产业基地', 'industrial_output', 46.6],
      ['乙河工业园', 'industrial_output', 21],
      ['丙水经济技术开发区', 'industrial_output', 12.6],
    ]);
  });
  it('counties before one county zone share its type word', () => {
    const r = doc('上半年,甲县、乙县和丙县经开区营业收入分别增长15%、12%和9%。');
    expect(rows(r).map((x) => x[0])).toEqual(['甲县经济技术开发区', '乙县经济技术开发区', '丙县经济技术开发区']);
  });
  it('a list of places and values that do not pair up gives none of the values to any of them', () => {
    const r = doc('上半年,甲县经开区、乙县高新区和丙市工业园区完成投资分别同比增长11.5%、8.7%。');
    expect(rows(r, 'yoy_pct')).toEqual([]);
  });
});

describe('indicator lists', () => {
  it('bare numbers in a list of percentages are percentages, paired in order', () => {
    const r = doc('2023年,开发区实现营业收入50亿元、税收收入5亿元、固定资产投资24.3亿元,比上年分别增长26.8、15%、23.3%。');
    expect(rows(r, 'yoy_pct')).toEqual([
      ['某某经济开发区', 'revenue', 26.8],
      ['某某经济开发区', 'fixed_asset_investment', 23.3],
    ].map((x) => [r.facts[0].subject, x[1], x[2]]));
  });
});

describe('a list of years before 分别: each value its own year', () => {
  it('a printed range of years gives each value its year, undated or not', () => {
    for (const published of ['2019-03', undefined]) {
      const r = doc('甲县经开区2016年至2018年,分别完成工业投入60.3亿元、83.8亿元、96亿元。', published);
      expect(r.facts.map((f) => [f.period, f.indicator, f.value])).toEqual([
        ['2016-01/2016-12', 'industrial_investment', 60.3],
        ['2017-01/2017-12', 'industrial_investment', 83.8],
        ['2018-01/2018-12', 'industrial_investment', 96],
      ]);
    }
  });
  it('the years said once serve the lists after "；" too', () => {
    const r = doc('甲县经开区2016年至2018年,分别完成营业收入500亿元、600亿元、700亿元;分别完成工业投资60.3亿元、83.8亿元、96亿元。', '2019-03');
    expect(r.facts.filter((f) => f.indicator === 'industrial_investment').map((f) => f.period)).toEqual(['2016-01/2016-12', '2017-01/2017-12', '2018-01/2018-12']);
  });
  it('several years not printed ("近三年"): no value gets a year it does not have', () => {
    const r = doc('甲县经开区近三年分别完成工业投资60.3亿元、83.8亿元、96亿元。');
    expect(r.facts).toEqual([]);
  });
});

describe('均 after a list of subjects', () => {
  it('one figure said of several named zones is no one zone\'s', () => {
    const r = doc('上半年,甲县经开区、乙县高新区营业收入均增长15%。');
    expect(rows(r)).toEqual([]);
  });
  it('均 after a list of indicators still gives the figure to each indicator of the one subject', () => {
    const r = doc('上半年,甲县经开区固定资产投资、工业投资均增长12%。');
    expect(rows(r).map((x) => [x[1], x[2]])).toEqual([
      ['fixed_asset_investment', 12],
      ['industrial_investment', 12],
    ]);
  });
});

describe('a count with its amount right after it', () => {
  it('签约项目40个投资额…: the count and the amount are both read', () => {
    const r = doc('2023年,甲县经开区签约项目36个投资额150.2亿元。');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['signed_projects', 'count', 36],
      ['signed_projects', 'investment', 150.2],
    ]);
  });
});

describe('counties and cities in a list of subjects', () => {
  it('a county\'s own figure is no zone\'s: it keeps its place, the zone after it gets its value', () => {
    const r = doc('上半年,甲县、乙县和丙河工业园营业收入分别增长15%、12%和9%。');
    expect(rows(r)).toEqual([['丙河工业园', 'revenue', 9]]);
  });
});

describe('years and items together', () => {
  it('a span of years before a list of indicators with fewer values pairs the indicators, not the years', () => {
    const r = doc('2019年至2023年,甲县经开区营业收入、工业投资分别增长10%、12%。', '2024-02');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([
      ['revenue', 10],
      ['industrial_investment', 12],
    ]);
  });
});

describe('a list of subjects each with its own value after 分别为/分别是', () => {
  it('each value is its zone\'s; the total before the list goes to none of them', () => {
    const r = doc('上半年,全市开发区签约项目60个,分别为:甲县经开区24个、乙县高新区22个、丙河工业园14个。');
    expect(r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value])).toEqual([
      ['甲县经济技术开发区', 'signed_projects', 'count', 24],
      ['乙县高新技术产业开发区', 'signed_projects', 'count', 22],
      ['丙河工业园', 'signed_projects', 'count', 14],
    ]);
  });
  it('a ranking of growth rates joined by 、', () => {
    const r = doc('上半年,全市开发区营业收入增速前三位分别是甲县经开区25%、乙县高新区22%、丙河工业园14%。');
    expect(rows(r, 'yoy_pct')).toEqual([
      ['甲县经济技术开发区', 'revenue', 25],
      ['乙县高新技术产业开发区', 'revenue', 22],
      ['丙河工业园', 'revenue', 14],
    ]);
  });
  it('counties in such a list give no zone figure', () => {
    const r = doc('上半年,全市签约项目60个,分别为:甲县24个、乙县22个。');
    expect(r.facts.filter((f) => f.value === 24 || f.value === 22)).toEqual([]);
  });
});

describe('a unit printed once, on the last value of a list', () => {
  it('amounts: 分别完成10、12亿元', () => {
    const r = doc('上半年,甲县经开区营业收入、工业投资分别完成10、12亿元。');
    expect(r.facts.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['revenue', 10, '亿元'],
      ['industrial_investment', 12, '亿元'],
    ]);
  });
  it('growth rates: 分别增长12、9.7%', () => {
    const r = doc('上半年,甲县经开区营业收入、工业投资分别增长12、9.7%。');
    expect(rows(r, 'yoy_pct').map((x) => [x[1], x[2]])).toEqual([
      ['revenue', 12],
      ['industrial_investment', 9.7],
    ]);
  });
  it('years written with 年 once ("2019、2020年") are a list of years', () => {
    const r = doc('2019、2020年,甲县经开区营业收入分别为10亿元、12亿元。', '2021-03');
    expect(r.facts.map((f) => [f.period, f.value])).toEqual([
      ['2019-01/2019-12', 10],
      ['2020-01/2020-12', 12],
    ]);
  });
});

describe('names that open with 和', () => {
  it('a zone named 和… in a list of subjects is one name, not a separator', () => {
    const r = doc('上半年,甲县经开区、和丰经开区营业收入分别增长5%、6%。');
    expect(rows(r).map((x) => [x[0], x[2]])).toEqual([
      ['甲县经济技术开发区', 5],
      ['和丰经济技术开发区', 6],
    ]);
  });
});
