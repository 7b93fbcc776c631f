// Periods of a year named on its own, and of running totals, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find, run } from './helpers';

describe('a year named on its own', () => {
  it('a year a sentence plans for is the whole year, a goal', () => {
    const r = run('2025年,某某经济技术开发区将全力以赴,实现规上工业增加值增长9%、固定资产投资增长12%的发展目标。', '2025-01');
    const f = find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' })[0];
    expect(f?.period).toBe('2025-01/2025-12');
    expect(f?.kind).toBe('target');
  });

  it('in a text published in the year’s first two months, the year’s figures are the whole year’s', () => {
    const r = run('2020年某某高新区规划面积扩展到18平方公里,营业收入、工业总产值分别达到160亿元、140亿元,将建成区域特色产业高地。', '2020-01');
    expect(find(r, { indicator: 'revenue', measure: 'value' })[0]?.period).toBe('2020-01/2020-12');
    expect(find(r, { indicator: 'industrial_output', measure: 'value' })[0]?.period).toBe('2020-01/2020-12');
  });

  it('later in the year a bare year still reads as the year so far', () => {
    const r = run('2020年,某某高新区完成营业收入86亿元。', '2020-08');
    expect(find(r, { indicator: 'revenue', measure: 'value' })[0]?.period).toBe('2020-01/2020-08');
  });

  it('without a publication date the rule does not apply (a text dated by its latest year may review it)', () => {
    const r = extractDocument({ name: 't.txt', text: '1月26日消息,2020年,某某高新区营业收入增长15.2%,发展质效居全省前列。' });
    expect(find(r, { indicator: 'revenue', measure: 'yoy_pct' })[0]?.kind).toBe('actual');
  });
});

describe('a text whose only year starts a running total', () => {
  it('"2022年以来" as the only year dates the text at that year', () => {
    const r = extractDocument({ name: 't.txt', text: '9月20日,甲州经开区召开推进会:2022年以来,共落地项目88个,总投资达412亿元。今年,甲州经开区新签约项目61个。' });
    const signed = find(r, { indicator: 'signed_projects', measure: 'count', value: 61 })[0];
    expect(signed?.period).toBe('2022-01/2022-09');
    expect(r.warnings.some((w) => w.kind === 'unknown_period')).toBe(false);
  });

  it('a text with no year at all stays undated (negative)', () => {
    const r = extractDocument({ name: 't.txt', text: '9月20日,甲州经开区召开推进会。今年以来,甲州经开区新签约项目61个。' });
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('XXXX-01/XXXX-09');
  });
});

describe('a yearless 全年', () => {
  it('after a paragraph that opened with a year is that year’s whole, and an estimate just after it closed is a goal', () => {
    const r = run('2023年,甲乙经开区深化改革开放,推动经济稳步提升。预计全年财政收入增幅12%,规上工业产值增幅7%。', '2024-01');
    const f = find(r, { indicator: 'industrial_output', measure: 'yoy_pct' })[0];
    expect(f?.period).toBe('2023-01/2023-12');
    expect(f?.kind).toBe('target');
  });

  it('a past year named as a level compared with does not date a later 全年', () => {
    const r = run('前三季度,某某高新区规上工业增加值达到980亿元,已接近2020年全年水平。\n负责人表示,预计全年规上工业增加值将达到1300亿元左右。', '2021-10');
    const f = find(r, { indicator: 'industrial_value_added', measure: 'value', value: 1300 })[0];
    expect(f?.period).toBe('2021-01/2021-12');
    expect(f?.kind).toBe('target');
  });

  it('a 全年 with a year of its own in the sentence keeps it (negative)', () => {
    const r = run('2023年,甲乙经开区推动经济稳步提升。今年全年,甲乙经开区计划完成工业投资60亿元。', '2024-01');
    expect(find(r, { indicator: 'industrial_investment', measure: 'value' })[0]?.period).toBe('2024-01/2024-12');
  });
});

describe('a year opening a statement after the date it is told on', () => {
  it('"4月18日,记者…获悉,2022年,…" dates the figures to that year, across the sentence’s semicolons', () => {
    const r = run('4月12日,记者从某市园区经济新闻发布会上获悉,2022年,甲乙产业园区实现工业总产值318.5亿元,同比增长42.6%;完成固定资产投资27.4亿元。', '2023-04');
    expect(find(r, { indicator: 'industrial_output', measure: 'value' })[0]?.period).toBe('2022-01/2022-12');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]?.period).toBe('2022-01/2022-12');
  });

  it('a year inside an event’s name does not displace the event’s date (negative)', () => {
    const r = run('6月29日,甲乙经开区举行2023年第二批重点项目集中签约活动,签约项目15个,总投资62亿元。', '2023-07');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2023-01/2023-06');
  });
});

describe('a month range written with a double dash', () => {
  it('"2022年1月——12月" is the whole year', () => {
    const r = run('(一)经济指标稳中向好。2022年1月——12月,甲乙工业园区工业企业累计完成工业总产值96亿元。', '2023-01');
    expect(find(r, { indicator: 'industrial_output', measure: 'value' })[0]?.period).toBe('2022-01/2022-12');
  });
});
