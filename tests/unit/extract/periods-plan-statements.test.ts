// Plans stated in a statement's opening words or in a "YYYY年目标任务" heading — sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import type { Fact } from '../../../src/extract/schema';
import { find } from './helpers';

const bare = (text: string) => extractDocument({ name: 'bare.txt', text });
const pk = (text: string, indicator: string, measure: Fact['measure'] = 'value') => find(bare(text), { indicator, measure }).map((f) => [f.period, f.kind]);

describe('a statement that opens as a plan states goals in every clause', () => {
  it('"全年计划实现…;新引进…" : the clause after the semicolon is a goal of the plan year too', () => {
    const t = '某某经济开发区2021年工作计划\n发布时间:2021-01-08 09:25\n一、树立大目标。全年计划实现工业总产值220亿元,完成固定资产投资35亿元以上;新引进亿元以上项目20个以上,总投资额超30亿元。';
    expect(pk(t, 'industrial_output')).toEqual([['2021-01/2021-12', 'target']]);
    expect(pk(t, 'signed_projects', 'count')).toEqual([['2021-01/2021-12', 'target']]);
  });
  it('"力争…" opens a goal statement', () => {
    const t = '2023-02-10\n某某经济开发区全年力争完成固定资产投资60亿元;新签约项目30个。';
    expect(pk(t, 'signed_projects', 'count')).toEqual([['2023-01/2023-12', 'target']]);
  });
  it('funds 争取 (obtained) in a review stay results', () => {
    const t = '2021-12-20 来源:某某网\n某某经济开发区全年争取园区发展资金3500万元;新签约项目4个,协议总投资107亿元。';
    expect(pk(t, 'signed_projects', 'count')).toEqual([['2021-01/2021-12', 'actual']]);
  });
});

describe('a "YYYY年目标任务" heading', () => {
  it('makes the growth rates under it that year\'s targets, after a review of the year before', () => {
    const t = '某某经济开发区2024年工作总结\n一、2024年工作成效\n2024年,某某经济开发区完成固定资产投资52.1亿元,同比增长8.5%。\n二、2025年目标任务\n某某经济开发区规上工业总产值增长15%以上,固定资产投资增长10%左右。';
    expect(pk(t, 'industrial_output', 'yoy_pct')).toEqual([['2025-01/2025-12', 'target']]);
    expect(pk(t, 'fixed_asset_investment', 'value')).toEqual([['2024-01/2024-12', 'actual']]);
  });
});

describe('periods named for a trend or a goal are no period of the figures', () => {
  it('"延续了上半年良好的发展态势" and "围绕全年目标" leave 前三季度 the period', () => {
    const t = '2019-11-20 来源:某某网\n今年前三季度,某某经开区围绕全年目标,狠抓项目建设,全区经济延续了上半年良好的发展态势,GDP增幅达8.1%。全区完成规模以上工业增加值123.4亿元,同比增长9%。';
    expect(pk(t, 'industrial_value_added')).toEqual([['2019-01/2019-09', 'actual']]);
  });
  it('a half year stating figures still is one', () => {
    const t = '2019-08-20 来源:某某网\n上半年,某某经开区完成规模以上工业增加值60.2亿元,同比增长9%。';
    expect(pk(t, 'industrial_value_added')).toEqual([['2019-01/2019-06', 'actual']]);
  });
});

describe('an April page that states only last year\'s periods is about last year', () => {
  it('figures without a period of their own, beside 截至2021年底, are 2021\'s whole year', () => {
    const t = '某省开发区实现开门红\n发布于:2022-04-13 15:03:21\n全省开发区实现营业收入2.45万亿元,增长18%。截至2021年底,全省开发区新增高新技术企业1200家。';
    expect(pk(t, 'revenue')).toEqual([['2021-01/2021-12', 'actual']]);
  });
  it('not when the page names its own year\'s period', () => {
    const t = '发布于:2022-04-13 15:03:21\n一季度,全省开发区实现营业收入0.65万亿元,增长12%。截至2021年底,全省开发区新增高新技术企业1200家。';
    expect(pk(t, 'revenue')).toEqual([['2022-01/2022-03', 'actual']]);
  });
});

describe('a period whose momentum is described still is the period', () => {
  it('"2024年一季度展现出了强劲的发展势头。…增长了12%" is the quarter\'s', () => {
    const t = '2024-05-06 来源:某某网\n某某经开区2024年一季度展现出了强劲的发展势头。具体来看,某某经开区工业总产值同比增长了12%。';
    expect(pk(t, 'industrial_output', 'yoy_pct')).toEqual([['2024-01/2024-03', 'actual']]);
  });
});

describe('"今年以来" after a horizon in the same paragraph', () => {
  it('is the year so far, not the horizon\'s year (the lines of a page may be joined into one paragraph)', () => {
    const t = '某某经开区将加快打造产业集群。到2027年,某某经开区要实现规模以上工业总产值超过3000亿元。据了解,今年以来,某某经开区已新引进项目31个,总投资258.6亿元。';
    const r = extractDocument({ name: 'x.txt', text: t, meta: { published: '2023-06' } });
    expect(find(r, { indicator: 'signed_projects', measure: 'investment' }).map((f) => [f.period, f.kind])).toEqual([['2023-01/2023-06', 'actual']]);
    expect(find(r, { indicator: 'industrial_output', measure: 'value' }).map((f) => [f.period, f.kind])).toEqual([['2027-01/2027-12', 'target']]);
  });
});
