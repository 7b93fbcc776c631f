// Subjects of zones the gazetteer does not know: one zone, one name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { canonicalUnknown, fullerName } from '../../../src/extract/subjects';
import { find } from './helpers';

const doc = (text: string, title?: string, published = '2024-02') =>
  extractDocument({ name: 't.txt', text, meta: { published, ...(title ? { title } : {}) } });

describe('short and full forms of an unknown zone', () => {
  it('a short form in the text takes the fuller form the title gives', () => {
    const r = doc('2023年,火炬开发区实现规上工业增加值120.5亿元,同比增长5.2%。', '甲城火炬开发区召开年度工作会议');
    expect(find(r, { indicator: 'industrial_value_added' }).map((f) => f.subject)).toEqual([
      '甲城火炬高技术产业开发区',
      '甲城火炬高技术产业开发区',
    ]);
  });

  it('a short form takes the full form named earlier in the text, without any title', () => {
    const r = doc(
      '2023年,乙州临港经济开发区完成工业投资45.6亿元。全年,临港经济开发区新签约项目31个,协议投资总额88.8亿元。',
    );
    const subjects = new Set(r.facts.map((f) => f.subject));
    expect([...subjects]).toEqual(['乙州临港经济开发区']);
  });

  it('an abbreviated type word takes the full one the text gives for the same place', () => {
    const r = doc('2023年,宁乡经开区签约项目18个。全年,宁乡经济技术开发区完成固定资产投资11.2亿元。', '宁乡经开区年度工作');
    expect([...new Set(r.facts.map((f) => f.subject))]).toEqual(['宁乡经济技术开发区']);
  });

  it('zones of one city with different types stay apart (经开区 is not the 高新区)', () => {
    const r = doc('一季度,全市开发区完成固定资产投资120.6亿元。其中,长治高新区完成32.5亿元,长治经开区完成28.9亿元。', '长治市开发区一季度运行', '2024-04');
    const by = Object.fromEntries(r.facts.map((f) => [f.value, f.subject]));
    expect(by[32.5]).toBe('长治高新技术产业开发区');
    expect(by[28.9]).not.toBe('长治高新技术产业开发区');
    expect(fullerName('宁乡经开区', ['宁乡高新技术产业开发区'])).toBeNull();
  });

  it('two different fuller names leave the short form as written (no guess)', () => {
    expect(fullerName('新区经济开发区', ['甲新区经济开发区', '乙新区经济开发区'])).toBeNull();
    expect(fullerName('滨江开发区', ['丙市滨江开发区'])).toBe('丙市滨江开发区');
  });

  it('restores official type words by naming convention only', () => {
    expect(canonicalUnknown('丁城火炬开发区')).toBe('丁城火炬高技术产业开发区');
    expect(canonicalUnknown('丁城高新区')).toBe('丁城高新技术产业开发区');
    expect(canonicalUnknown('丁城经济开发区')).toBe('丁城经济开发区');
  });

  it('a known Shanxi zone is never renamed toward an unknown fuller name', () => {
    const r = doc('2023年,清徐经济开发区完成工业投资30.1亿元。', '清徐经济开发区年度运行');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.subject).toBe('清徐经济开发区');
  });
});

describe('new areas and zones opening a paragraph', () => {
  it('a state-level new area named in the title owns what "该区" reports', () => {
    const r = doc('本报讯 今年前三季度,江北新区经济运行稳中有进。该区实现规上工业增加值186.5亿元,同比增长7.2%。', '江北新区前三季度经济运行', '2023-10');
    expect(find(r, { indicator: 'industrial_value_added' }).map((f) => [f.subject, f.period])).toEqual([
      ['江北新区', '2023-01/2023-09'],
      ['江北新区', '2023-01/2023-09'],
    ]);
  });
  it('each paragraph opening with another province’s zone speaks for that zone, not for the title’s province', () => {
    const r = doc(
      '青岛西海岸新区上半年实现营业收入4200亿元,同比增长6.8%。\n胶州经济技术开发区上半年实现营业收入860亿元,同比增长8.1%。',
      '山东开发区上半年',
      '2024-07',
    );
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => [f.subject, f.value])).toEqual([
      ['青岛西海岸新区', 4200],
      ['胶州经济技术开发区', 860],
    ]);
  });
});
