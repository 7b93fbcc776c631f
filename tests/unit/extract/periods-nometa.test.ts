// Periods of bare texts (no manifest, no page stamp): what the text itself says about its year and months,
// on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { yearRole } from '../../../src/extract/periods';
import { find } from './helpers';

const bare = (text: string) => extractDocument({ name: 'bare.txt', text });
const periods = (text: string, indicator: string) => find(bare(text), { indicator }).map((f) => `${f.period} ${f.kind}`);

describe('a year stated on its own in a text dated only by that year is the whole year', () => {
  it('a dateline month without a year does not cut the year short', () => {
    // "5月20日" is when the figures were told — maybe in the year after; "2024年,…实现…" is the year's result.
    const text = '5月20日,记者从某市园区经济发布会上获悉,2024年,某某产业园区实现工业总产值318.5亿元,同比增长12.4%。';
    expect(periods(text, 'industrial_output')).toEqual(['2024-01/2024-12 actual', '2024-01/2024-12 actual']);
  });

  it('so is a figure in a later sentence of the same paragraph', () => {
    const text = '某某日报2月3日讯 2024年,某某高新区完成工业总产值420亿元。全区完成固定资产投资66.2亿元,增长9%。';
    expect(periods(text, 'fixed_asset_investment')).toEqual(['2024-01/2024-12 actual', '2024-01/2024-12 actual']);
  });

  it('not when the text states a period of that year (the year so far is written 今年以来, 1-4月, 一季度)', () => {
    const text = '5月20日讯 2024年1-4月,某某产业园区实现工业总产值118.5亿元。2024年,园区完成固定资产投资21亿元。';
    expect(periods(text, 'fixed_asset_investment')).toEqual(['2024-01/2024-04 actual']);
  });

  it('not a year the text plans for: a plan told in March is for the year it is in', () => {
    const text = '3月4日,某某经开区工作会议传来消息,2026年,该区将力争实现工业增加值增长15%。2025年,该区完成工业总产值300亿元。';
    expect(periods(text, 'industrial_value_added')).toEqual(['2026-01/2026-12 target']);
  });

  it('with a publication date nothing changes: the year so far when the year is still running', () => {
    const r = extractDocument({ name: 'dated.txt', text: '5月20日讯 2024年,某某产业园区实现工业总产值118.5亿元。', meta: { published: '2024-05' } });
    expect(find(r, { indicator: 'industrial_output' }).map((f) => f.period)).toEqual(['2024-01/2024-05']);
  });
});

describe('the end of a span that starts at a year is no plan', () => {
  it('"从2019年实施…到2022年年底的三年时间里" says nothing of a plan', () => {
    const s = '从2019年实施新体制到2022年年底的三年时间里,全区财政收入翻了一番。';
    const at = s.indexOf('2022年');
    expect(yearRole(s, at, at + 5)).toBe('asof');
    // A horizon on its own still is one.
    const h = '到2027年底,全区财政收入翻一番。';
    expect(yearRole(h, 1, 6)).toBe('plan');
  });

  it('"由2022年的35%提高到2023年的61%": the value the span ends with is of a year reported on, unless planned', () => {
    const s = '项目开工率由2022年的35.2%提高到2023年的61.4%。';
    const at = s.indexOf('2023年');
    expect(yearRole(s, at, at + 5)).toBe('report');
    const p = '力争项目开工率由2024年的61.4%提高到2026年的80%。';
    const pt = p.indexOf('2026年');
    expect(yearRole(p, pt, pt + 5)).toBe('plan');
  });

  it('so a total since the span\'s first year runs to its last', () => {
    const text = '11月28日,某某新区新闻发布会上获悉,2022年以来,某某新区共签约项目48个。签约项目落地率由2022年的40.5%提高到2023年的72.1%。';
    expect(periods(text, 'signed_projects')).toEqual(['2022-01/2023-11 actual']);
  });
});

describe('a year written without 年, glued to a part of the year or to an event or ranking name', () => {
  it('"2021上半年" is the first half of 2021', () => {
    const text = '据省商务厅消息,2021上半年,全省开发区经济运行平稳。全省开发区实现营业收入2210.5亿元,同比增长16%。';
    expect(periods(text, 'revenue')).toEqual(['2021-01/2021-06 actual', '2021-01/2021-06 actual']);
  });

  it('"2022一季度" is the first quarter of 2022', () => {
    const text = '2022一季度,某某高新区完成规模以上工业增加值41.2亿元。';
    expect(periods(text, 'industrial_value_added')).toEqual(['2022-01/2022-03 actual']);
  });

  it('a ranking named with its year dates the text that reports it', () => {
    const text = '8月2日,从某某工业园区传来消息,今年1至6月,园区完成规上工业总产值1210亿元。园区位列“2022中国某某产业十大园区”榜首。';
    expect(periods(text, 'industrial_output')).toEqual(['2022-01/2022-06 actual']);
  });

  it('a ceremony named with its year dates the text, and a year reported on before it stays whole', () => {
    const text = '10月12日,在“2024中国某某园区发展论坛”上,某某化工园区位列第三。该园区在2023年实现规上工业总产值860亿元。今年1-9月,园区完成工业投资52亿元。';
    expect(periods(text, 'industrial_output')).toEqual(['2023-01/2023-12 actual']);
    expect(periods(text, 'industrial_investment')).toEqual(['2024-01/2024-09 actual']);
  });

  it('not a quantity or a project code name: "2030技改项目", "2000余家"', () => {
    const text = '今年上半年,某某经济开发区实施2030技改项目,完成工业投资12亿元,服务企业2000余家。';
    expect(periods(text, 'industrial_investment')).toEqual(['XXXX-01/XXXX-06 actual']);
  });
});

describe('a 全年 in a paragraph that opened with a year is that year\'s, the second one too', () => {
  it('a meeting of the new year reviewing the last: 全年 is the reviewed year', () => {
    const text = '近日,某某高新区召开2026年经济工作会议,总结回顾2025年园区经济工作。\n2025年,某某高新区实现历史性突破。全年技工贸总收入增长15%,工业增加值增长11.2%。全年引进项目28个,合同引资达96.5亿元。';
    expect(periods(text, 'signed_projects')).toEqual(['2025-01/2025-12 actual', '2025-01/2025-12 actual']);
  });
});
