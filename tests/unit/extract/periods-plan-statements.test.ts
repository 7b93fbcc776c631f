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
