// The report year of a bare text (no manifest) from page stamps, founding dates, bases and ratings — sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument, pageStamp } from '../../../src/extract/index';
import { yearRole, type YearRole } from '../../../src/extract/periods';
import { find } from './helpers';

const bare = (text: string) => extractDocument({ name: 'bare.txt', text });
const periods = (text: string, indicator: string) => find(bare(text), { indicator }).map((f) => f.period);
const role = (s: string): YearRole => {
  const at = s.search(/20\d{2}年/);
  return yearRole(s, at, at + 5);
};

describe('numeric page stamps in the forms copied pages print them', () => {
  it.each<[string, { year: number; month: number } | null]>([
    ['来源:某某日报 2024-07-15 09:12', { year: 2024, month: 7 }],
    // A path-like stamp ending in its separator, before a time.
    ['某某网 2023/05/21/ 08:40 来源:某某新闻', { year: 2023, month: 5 }],
    // Day first, with a time after it; when day and month could swap, the later month.
    ['标题\n04.10.2019  16:20\n正文', { year: 2019, month: 10 }],
    ['标题\n25.06.2019 16:20\n正文', { year: 2019, month: 6 }],
    // The year on a line of its own above month/day.
    ['某省数据公布\n2022\n08/30\n某某新区上半年签约项目40个', { year: 2022, month: 8 }],
    // Not stamps: a URL path, a day-first date without a time, a lone year line without a day.
    ['http://example.cn/2023/05/21/abc.html', null],
    ['04.10.2019 正文', null],
    ['标题\n2022\n园区完成投资', null],
  ])('%j → %j', (t, want) => {
    expect(pageStamp(t)).toEqual(want);
  });

  it('dates a bare text\'s yearless figures', () => {
    expect(periods('某省园区经济运行\n2022\n08/30\n上半年,某某新区完成固定资产投资41.2亿元。', 'fixed_asset_investment')).toEqual(['2022-01/2022-06']);
    expect(periods('发布时间:2021/11/03/ 10:07\n1-9月,某某经济开发区完成固定资产投资12.8亿元。', 'fixed_asset_investment')).toEqual(['2021-01/2021-09']);
  });
});

describe('a zone\'s founding is history, not a period or a report year', () => {
  it.each<[string, YearRole]>([
    ['2004年3月经国务院批准为国家级高新区。', 'history'],
    ['2020年5月国务院批复同意设立的某某经济技术开发区。', 'history'],
    ['某某工业区于2021年9月获得省人民政府批复设立为省级开发区。', 'history'],
    ['2003年升格为国家级经济技术开发区。', 'history'],
    // A year's result is no founding.
    ['2023年全区获批专项债券资金5亿元。', 'report'],
  ])('%s → %s', (s, r) => {
    expect(role(s)).toBe(r);
  });

  it('a founding date before a year\'s figures in one sentence does not date them', () => {
    const t = '甲州高新区创建于1990年10月。1994年3月经国务院批准为国家级高新区,2018年园区实现营业收入987亿元,规模工业总产值654亿元。';
    expect(periods(t, 'revenue')).toEqual(['2018-01/2018-12']);
    expect(periods(t, 'industrial_output')).toEqual(['2018-01/2018-12']);
  });
});

describe('bases and ratings: the text is written after their year', () => {
  it('"较2020年年底新增" is stated after 2020 ended', () => {
    expect(role('企业数较2020年年底新增56家。')).toBe('baseEnd');
    expect(periods('截至6月底,全市产业园区完成工业投资210.5亿元,企业数较2020年年底新增56家。', 'industrial_investment')).toEqual(['2021-01/2021-06']);
  });

  it('"较2019年同期增长…,两年平均增长…" is written two years after the base', () => {
    const t = '1-7月,某某新区完成工业总产值845.2亿元,同比增长41.3%,较2019年同期增长62.4%,两年平均增长27.4%。';
    expect(periods(t, 'industrial_output')).toEqual(['2021-01/2021-07', '2021-01/2021-07']);
    // A plain comparison with a year's same period says nothing about how long after it the text is.
    expect(periods('1-7月,某某新区完成工业总产值845.2亿元,较2019年同期增长62.4%。', 'industrial_output')).not.toContain('2021-01/2021-07');
  });

  it('a rating of a year ("2019年度先进园区") is given after that year', () => {
    expect(role('某某园区获评“全省2019年度先进工业园区”。')).toBe('baseEnd');
    expect(role('完成2024年度考核目标任务。')).not.toBe('baseEnd');
    expect(periods('近日,某某经开区获评“全省2019年度先进工业园区”。1-4月,该市工业园区完成工业增加值66.2亿元。', 'industrial_value_added')).toEqual(['2020-01/2020-04']);
  });
});

describe('a review of a year is told after it', () => {
  it('"2024年,…" told at that year\'s 成就 press conference is the whole year, published the next', () => {
    const t = '某某网讯 (某某日报记者 某某) 2024年,某某经开区多项指标居全市前列:固定资产投资增速18.2%,新签约亿元以上项目27个。这是记者从3月2日全市2024年经济社会发展成就新闻发布会上获悉的。';
    expect(periods(t, 'fixed_asset_investment')).toEqual(['2024-01/2024-12']);
  });
  it('a half-year summary is written in the year ("2024年上半年工作总结")', () => {
    const t = '2024年,某某经开区计划引进项目30个。在7月5日召开的2024年上半年工作总结会上获悉,1-6月,某某经开区完成固定资产投资9.6亿元。';
    expect(periods(t, 'fixed_asset_investment')).toEqual(['2024-01/2024-06']);
  });
});

describe('progress against a plan is no target', () => {
  it('a yearless period after a page stamp, stated done with 占全年计划的N%, is of the year before', () => {
    const t = '2019-03-12\n1至6月,某某工业园区累计完成工业总产值31.5亿元,同比增长9.2%,占全年计划的48%。累计完成投资20.1亿元,占园区全年计划的51.3%;其中完成产业项目投资8.8亿元,同比增长35.5%。';
    const r = bare(t);
    expect(find(r, { indicator: 'industrial_output', measure: 'value' }).map((f) => [f.period, f.kind])).toEqual([['2018-01/2018-06', 'actual']]);
    expect(find(r, { indicator: 'industrial_project_investment', measure: 'value' }).map((f) => [f.period, f.kind])).toEqual([['2018-01/2018-06', 'actual']]);
  });
  it('a plan for the rest of the year stays a target', () => {
    const t = '2019-03-12\n某某经济开发区全年计划完成工业总产值80亿元。';
    expect(find(bare(t), { indicator: 'industrial_output', measure: 'value' }).map((f) => [f.period, f.kind])).toEqual([['2019-01/2019-12', 'target']]);
  });
});

describe('ratings with a quoted name inside', () => {
  it('"2019年度‘两率一度’优秀工业园区" is a rating of 2019 too', () => {
    expect(role('某某工业园获评“全省2019年度‘两率一度’优秀工业园区”称号。')).toBe('baseEnd');
  });
});

describe('a year closed, a year prepared for, a total running to now', () => {
  it('"为2026年精彩开局奠定基础" is a year ahead', () => {
    expect(role('全年工作圆满完成,为2026年精彩开局奠定基础。')).toBe('plan');
  });
  it('"2025年…圆满收官" with 去年全年 figures is told early in 2026: a yearless 全年 is 2025\'s', () => {
    const t = '2025年“双招双引”圆满收官,为2026年精彩开局奠定基础。全年,某某经济开发区完成固定资产投资88.6亿元。据介绍,去年全年某某经济开发区新签约项目45个。';
    expect(periods(t, 'fixed_asset_investment')).toEqual(['2025-01/2025-12']);
  });
  it('"2024年以来" beside an earlier reported year dates the text at 2024 at least', () => {
    const t = '一、2024年以来工作开展情况\n2023年某某经济开发区在全省考核中位列第20名。1-9月,某某经济开发区新签约项目18个,总投资96.3亿元。';
    expect(periods(t, 'signed_projects')).toEqual(['2024-01/2024-09', '2024-01/2024-09']);
  });
  it('a rule\'s start ("从2027年起实施") is no lower bound', () => {
    const t = '2025年,某某经济开发区新签约项目18个。新的管理办法从2027年起实施。';
    expect(periods(t, 'signed_projects')).toEqual(['2025-01/2025-12']);
  });
});
