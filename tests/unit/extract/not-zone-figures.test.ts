// Figures that are not the zone's: imminent deals and a project set's progress. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, title: string, published = '2024-06') => extractDocument({ name: 't.txt', text, meta: { published, title } });

describe('imminent deals are a pipeline, not a fact', () => {
  it('skips money of projects about to be signed, keeps the signed ones', () => {
    const r = doc('今年以来,开发区签约项目22个,协议投资58.6亿元。近期即将签约甲科技、乙材料等5个项目,协议投资约9.1亿元。', '某某经济开发区招商简报');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => [f.measure, f.value, f.kind])).toEqual([
      ['count', 22, 'actual'],
      ['investment', 58.6, 'actual'],
    ]);
  });
  it('"即将" about something other than a deal does not hide the zone’s figures', () => {
    const r = doc('上半年,开发区即将迎来一批新机遇,完成工业投资30亿元。', '某某经济开发区');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => f.value)).toEqual([30]);
  });
  it('a stated goal in the same sentence is still a target', () => {
    const r = doc('下半年,开发区即将启动一批项目,力争全年工业投资达到80亿元。', '某某经济开发区');
    expect(find(r, { indicator: 'industrial_investment', kind: 'target' }).map((f) => f.value)).toEqual([80]);
  });
});

describe('an investment figure that continues a set of projects', () => {
  it('is the projects’ progress, not the zone’s investment', () => {
    const r = doc('2023年,全市新开工项目120个,新开工项目计划总投资210.5亿元,完成固定资产投资66.6亿元,各项指标均完成年度目标。', '某市招商引资成效', '2024-01');
    expect(find(r, { indicator: 'fixed_asset_investment' })).toEqual([]);
  });
  it('a clause that names its own subject is the zone’s figure', () => {
    const r = doc('2023年,开发区签约项目30个,总投资150亿元,全区完成固定资产投资88.8亿元。', '某某经济开发区年度总结', '2024-01');
    expect(find(r, { indicator: 'fixed_asset_investment' }).map((f) => f.value)).toEqual([88.8]);
  });
});
