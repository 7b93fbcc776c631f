// Signing phrasings outside "三个一批", enumeration counts, shares and look-alike figures. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, published = '2024-06', title = '某某经济开发区招商引资') => extractDocument({ name: 't.txt', text, meta: { published, title } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value, f.kind]);

describe('signed projects', () => {
  it('a verb opening the statement counts the signed projects; amount, target and growth follow', () => {
    const r = doc('今日集中签约23个项目,总投资188亿元,占全年招商任务900亿元的20.9%,投资额同比增长15.2%。', '2024-03');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 23, 'actual'],
      ['signed_projects', 'investment', 188, 'actual'],
      ['signed_projects', 'investment', 900, 'target'],
      ['signed_projects', 'yoy_pct', 15.2, 'actual'],
    ]);
    expect(find(r, { measure: 'yoy_pct' })[0]?.period).toBe('2024-01/2024-03');
  });
  it('after an earlier project topic, a verb-first count is that topic’s share', () => {
    const r = doc('今年以来,新能源项目表现突出,签约31个项目总投资260亿元。');
    expect(find(r, { indicator: 'signed_projects' })).toEqual([]);
  });
  it('"N个项目在某地集中签约" and "总投资额超X亿元的N个项目落户" are signings', () => {
    expect(brief(doc('5月20日上午,开发区招商引资16个项目在市会展中心集中签约。'))).toEqual([['signed_projects', 'count', 16, 'actual']]);
    const r = doc('4月18日,开发区举行重点项目签约活动,总投资额超25亿元的7个重点项目落户该区。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'investment', 25, 'actual'],
      ['signed_projects', 'count', 7, 'actual'],
    ]);
  });
  it('投资协议 counts agreements signed', () => {
    const r = doc('今年以来,开发区达成项目投资协议9项,累计总投资41.6亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 9, 'actual'],
      ['signed_projects', 'investment', 41.6, 'actual'],
    ]);
  });
  it('开工率 after signing figures outside "三个一批" is the signed projects’ start-up rate', () => {
    const r = doc('1-5月,开发区共签约招商引资项目36个,计划投资额80.2亿元,当年签约当年开工项目22个,开工率61.1%。');
    expect(find(r, { measure: 'rate_pct' }).map((f) => [f.indicator, f.value])).toEqual([['signed_projects', 61.1]]);
  });
});

describe('enumeration counts', () => {
  it('a sample list in a batch passage is not the batch count', () => {
    const r = doc('此次“三个一批”活动,开发区“签约一批”项目11个,总投资30亿元。甲乙电子、丙丁材料、戊己储能等5个代表项目在分会场进行集中签约。');
    expect(find(r, { indicator: 'batch_signed', measure: 'count' }).map((f) => f.value)).toEqual([11]);
  });
  it('a list that is the only signing count is kept', () => {
    const r = doc('3月,甲乙电子、丙丁材料、戊己储能等9个项目分两批进行了现场签约。', '2024-04');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([9]);
  });
});

describe('shares and look-alikes', () => {
  it('a share is of the numerator named in its own sentence, not of an indicator carried over', () => {
    const r = doc('上半年,开发区工业投资增长20.1%。其中:制造业增加值增长12.3%,占全区规上工业增加值比重达到70.2%。');
    expect(find(r, { measure: 'share_pct' })).toEqual([]);
  });
  it('a growth rate after GDP is GDP’s, not the indicator named before', () => {
    const r = doc('上半年,开发区工业投资完成12亿元,地区生产总值180.5亿元,增速5.9%。');
    expect(brief(r)).toEqual([['industrial_investment', 'value', 12, 'actual']]);
  });
  it('counts per thousand enterprises are ratios', () => {
    const r = doc('2023年,开发区每千家四上企业中有专精特新企业88家、高新技术企业240家。', '2024-03');
    expect(r.facts).toEqual([]);
  });
});
