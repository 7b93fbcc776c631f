// Signing events and signing counts in the shapes event pages write them (all sets: a verb before the count, a
// verb as an attribute of 项目, one named project then 等). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published: string | undefined = '2023-12') =>
  extractDocument({ name: 't.txt', text, meta: published ? { published } : (undefined as never) });
const signed = (r: ReturnType<typeof doc>) =>
  r.facts.filter((f) => f.indicator === 'signed_projects' || f.indicator.startsWith('batch_')).map((f) => [f.indicator, f.measure, f.value]);

describe('signing counts on event pages', () => {
  it('"集中签约落户N个项目": signed and settled is one signing', () => {
    const r = doc('5月6日，甲城区集中签约落户9个优质项目，总投资20余亿元，涉及高端制造、电子信息等产业领域。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 9],
      ['signed_projects', 'investment', 20],
    ]);
    expect(r.facts[0].subject).toBe('甲城区');
  });
  it('the same in traditional script', () => {
    const r = doc('5月6日，甲城區集中簽約落戶9個優質項目，總投資20余億元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 9],
      ['signed_projects', 'investment', 20],
    ]);
  });
  it('"本次集中签约的项目N个": the verb as an attribute of 项目; the start-up count of a two-batch event is not recorded', () => {
    const r = doc('3月9日上午，乙阳市举行重大项目集中签约暨重点项目集中开工仪式。\n本次集中签约的项目21个，总投资60.5亿元；集中开工的项目30个，总投资180亿元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 21],
      ['signed_projects', 'investment', 60.5],
    ]);
  });
  it('"本次N个项目集中签约" (traditional): the count written before the noun and its verb', () => {
    const r = doc('9月2日，丙州市三季度重大項目簽約儀式舉行，本次95個項目集中簽約，總投資800億元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 95],
      ['signed_projects', 'investment', 800],
    ]);
  });
  it('"签订合同项目N个": signed contracts are signed projects', () => {
    const r = doc('今年以来，甲州经开区签订合同项目35个，投资总额156亿元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 35],
      ['signed_projects', 'investment', 156],
    ]);
  });
  it('one named project then 等 closes the list: "新签约甲乙电动车等工业项目28个", "引进宝丰集团等项目120个"', () => {
    const r = doc('今年以来，甲州经开区累计新签约甲乙电动车等工业项目28个，计划总投资90.6亿元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 28],
      ['signed_projects', 'investment', 90.6],
    ]);
    const r2 = doc('今年以来，甲州经开区引进宝丰集团等项目120个。');
    expect(signed(r2)).toEqual([['signed_projects', 'count', 120]]);
  });
  it('negative: one sector\'s projects after 等 are a part, not the signing count', () => {
    const r = doc('今年以来，甲州经开区签约甲乙光伏等新能源项目12个，总投资30亿元。');
    expect(signed(r)).toEqual([]);
  });
});
