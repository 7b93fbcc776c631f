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

describe('amounts after what an event lists', () => {
  it('a capacity inside a listed project\'s name (年产500吨…项目) names no other figure: the amount after the list is the signing\'s', () => {
    const r = doc('10月12日上午，甲山区举行重点项目集中签约及开工仪式。\n据了解，本次集中签约项目8个，包括年产500吨丙丁新材料项目、戊己项目等，总投资额41.2亿元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 8],
      ['signed_projects', 'investment', 41.2],
    ]);
  });
  it('negative: a figure of its own after the count still stops it ("实际利用外资3亿美元")', () => {
    const r = doc('今年以来，甲山区签约项目8个，实际利用外资3亿美元，增长12%。');
    expect(signed(r)).toEqual([['signed_projects', 'count', 8]]);
  });
  it('in a round\'s passage, 集中签约,合同引资额X is the signed batch\'s money (its count not written as a number)', () => {
    const r = doc('10月8日，某省第二期“三个一批”活动在各市县举行，甲县与全省同步举行系列活动，集中签约一批、开工一批、投产一批重点项目。\n在收听收看全省“三个一批”活动视频会议后，甲县年产100万吨工业盐项目、甲县年产300万颗电子变压器制造项目在乙阳市主会场进行了集中签约，合同引资额12.3亿元。');
    expect(signed(r)).toEqual([['batch_signed', 'investment', 12.3]]);
  });
});

describe('earlier rounds reported on are no round of this passage', () => {
  it('"通报了…前三期“三个一批”项目进展情况", then a signing day: its count is signed_projects', () => {
    const r = doc('3月28日，宛丰市举行项目签约和建设推进日活动。\n市发改委通报了省市重点项目、签约项目和前三期“三个一批”项目进展情况，市商务局通报了3月份县市区新签约项目情况；甲县、乙区作表态发言。\n此次活动采取“云签约”，在各县市区分会场，共签约项目96个，总投资875亿元。');
    expect(signed(r)).toEqual([
      ['signed_projects', 'count', 96],
      ['signed_projects', 'investment', 875],
    ]);
  });
  it('negative: a round being held names its batches', () => {
    const r = doc('3月28日，宛丰市与全省同步举行第四期“三个一批”项目建设活动，推动项目建设。\n此次活动共签约项目96个，总投资875亿元；开工项目120个，总投资900亿元；投产项目40个，总投资150亿元。');
    expect(signed(r).slice(0, 2)).toEqual([
      ['batch_signed', 'count', 96],
      ['batch_signed', 'investment', 875],
    ]);
  });
});

describe('a number that lost its digits', () => {
  it('"投资总额.1亿元" (digits missing before the point) is no amount; the count beside it stays', () => {
    const r = doc('6月2日，“签约一批”活动中，我市现场集中签约项目18个、投资总额.1亿元。');
    expect(r.facts.some((f) => f.value === 1 || f.value === 0.1)).toBe(false);
  });
});
