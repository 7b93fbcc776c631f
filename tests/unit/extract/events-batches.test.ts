// Project events that sign and start (or start and commission) projects together, with or without the name
// "三个一批": their counts and the amounts right after them are batches. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published: string | undefined = '2024-12') =>
  extractDocument({ name: 't.txt', text, meta: published ? { published } : (undefined as never) });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value]);

describe('an event of two batches is read as batches', () => {
  it('"集中签约开工活动": signed and started batches, each with the amount of its own clause', () => {
    const r = doc('9月20日，灵石县举行重大项目集中签约开工活动。本次活动共集中签约项目7个，总投资26亿元；集中开工项目11个，总投资34.5亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 7],
      ['batch_signed', 'investment', 26],
      ['batch_started', 'count', 11],
      ['batch_started', 'investment', 34.5],
    ]);
    expect(new Set(r.facts.map((f) => f.subject)).size).toBe(1);
  });
  it('"集中开工暨签约仪式": the start-up batch first, then the signing batch', () => {
    const r = doc('3月6日，盂县举行一季度重大项目集中开工暨签约仪式，集中开工项目13个，总投资57.2亿元，集中签约项目9个，总投资38亿元。');
    expect(brief(r)).toEqual([
      ['batch_started', 'count', 13],
      ['batch_started', 'investment', 57.2],
      ['batch_signed', 'count', 9],
      ['batch_signed', 'investment', 38],
    ]);
  });
  it('"N个项目集中签约…;M个项目集中开工…": counts before their verbs', () => {
    const r = doc('6月2日，晋城市重大项目集中签约开工活动现场，14个项目集中签约，总投资61亿元；9个项目集中开工，总投资29亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 14],
      ['batch_signed', 'investment', 61],
      ['batch_started', 'count', 9],
      ['batch_started', 'investment', 29],
    ]);
  });
  it('the event named in the lede, its figures in the next paragraph', () => {
    const r = doc('5月18日，晋城市重大项目集中签约开工活动举行。\n活动现场，集中签约项目11个，总投资47亿元；集中开工项目6个，总投资22亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 11],
      ['batch_signed', 'investment', 47],
      ['batch_started', 'count', 6],
      ['batch_started', 'investment', 22],
    ]);
    expect(r.facts.every((f) => f.subject === '晋城市')).toBe(true);
  });
  it('"集中开工投产活动": started and commissioned batches', () => {
    const r = doc('8月8日，太原市举行重大项目集中开工投产活动，集中开工项目23个，总投资88亿元；集中投产项目17个，总投资41亿元。');
    expect(brief(r)).toEqual([
      ['batch_started', 'count', 23],
      ['batch_started', 'investment', 88],
      ['batch_commissioned', 'count', 17],
      ['batch_commissioned', 'investment', 41],
    ]);
  });
  it('traditional script with ruby pinyin reads the same', () => {
    const r = doc('9月20日，靈石縣舉行重大項(xiàng)目集中簽約開工活動(dòng)。本次活動共集中簽約項(xiàng)目7個(gè)，總投資26億元；集中開工項(xiàng)目11個(gè)，總投資34.5億元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 7],
      ['batch_signed', 'investment', 26],
      ['batch_started', 'count', 11],
      ['batch_started', 'investment', 34.5],
    ]);
  });
});

describe("the event's projects counted together are the round's total", () => {
  it('"共有N个项目参加,总投资X亿元,其中签约项目…开工项目…投产项目…"', () => {
    const r = doc('5月6日，晋城市举行重大项目集中签约开工投产活动，共有47个项目参加，总投资198亿元，其中签约项目18个，总投资96亿元，开工项目17个，总投资70亿元，投产项目12个，总投资32亿元。');
    expect(brief(r)).toEqual([
      ['batch_total', 'count', 47],
      ['batch_total', 'investment', 198],
      ['batch_signed', 'count', 18],
      ['batch_signed', 'investment', 96],
      ['batch_started', 'count', 17],
      ['batch_started', 'investment', 70],
      ['batch_commissioned', 'count', 12],
      ['batch_commissioned', 'investment', 32],
    ]);
  });
  it('the same in traditional script, without a publication date', () => {
    const r = doc('5月6日，晉城市舉行重大項目集中簽約開工投產活動，共有47個項目參加，總投資198億元，其中簽約項目18個，總投資96億元，開工項目17個，總投資70億元，投產項目12個，總投資32億元。', undefined);
    expect(brief(r).slice(0, 2)).toEqual([
      ['batch_total', 'count', 47],
      ['batch_total', 'investment', 198],
    ]);
    expect(r.facts.length).toBe(8);
  });
});

describe('amounts listed after the counts with 分别', () => {
  it('"a个项目集中签约、b个项目集中开工、c个项目集中投产,总投资分别为x、y、z": the n-th amount is the n-th batch\'s', () => {
    const r = doc('4月9日，襄垣县16个项目集中签约、21个项目集中开工、9个项目集中投产，总投资分别为64亿元、83亿元、37亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 16],
      ['batch_started', 'count', 21],
      ['batch_commissioned', 'count', 9],
      ['batch_signed', 'investment', 64],
      ['batch_started', 'investment', 83],
      ['batch_commissioned', 'investment', 37],
    ]);
  });
  it('"活动共签约项目a个、开工项目b个…": the signing count after 签约开工投产活动 is the signed batch, not the total', () => {
    const r = doc('5月1日，晋城市签约开工投产活动共签约项目16个、开工项目21个、投产项目9个，总投资分别为64亿元、83亿元、37亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 16],
      ['batch_started', 'count', 21],
      ['batch_commissioned', 'count', 9],
      ['batch_signed', 'investment', 64],
      ['batch_started', 'investment', 83],
      ['batch_commissioned', 'investment', 37],
    ]);
  });
  it('as many amounts as counts or none: a list that does not pair gives no amount', () => {
    const r = doc('4月9日，襄垣县16个项目集中签约、21个项目集中开工、9个项目集中投产，总投资分别为64亿元、83亿元。');
    expect(brief(r).filter(([, m]) => m === 'investment')).toEqual([]);
  });
});

describe('what is not a batch', () => {
  it('a start-up campaign alone (集中开工, no signing or commissioning) is not recorded (answer-set convention)', () => {
    const r = doc('6月3日，襄垣县重大项目集中开工活动举行，集中开工项目9个，总投资40亿元。');
    expect(r.facts).toEqual([]);
  });
  it('a signing-only event stays signed_projects', () => {
    const r = doc('6月3日，定襄县举行招商引资重大项目集中签约仪式，签约项目共9个，协议总投资约37.5亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 9],
      ['signed_projects', 'investment', 37.5],
    ]);
  });
  it("one company's 总投资 in the event's project list is that project's, not the event's", () => {
    const r = doc('5月18日，榆次区举行重大项目集中签约开工活动。此次集中签约项目10个，总投资44亿元，集中开工项目12个，总投资52亿元。其中，丙丁公司氢能装备项目总投资8亿元，戊己公司物流项目总投资5亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 10],
      ['batch_signed', 'investment', 44],
      ['batch_started', 'count', 12],
      ['batch_started', 'investment', 52],
    ]);
  });
  it('a year that counts its joint events ("集中签约开工活动4次") gives running totals, not one event\'s batches', () => {
    const r = doc('2024年，开发区全年组织项目集中签约开工活动3次，签约项目41个，总投资196亿元，开工项目35个，总投资142亿元。');
    expect(find(r)).toEqual([
      ['signed_projects', 'count', 41],
      ['signed_projects', 'investment', 196],
    ]);
  });
  it('"尽快开工投产" names no event: a year\'s signing count stays signed_projects', () => {
    const r = doc('2024年，开发区签约项目30个，总投资120亿元，开工项目18个，推动签约项目尽快开工投产。');
    expect(find(r)).toEqual([
      ['signed_projects', 'count', 30],
      ['signed_projects', 'investment', 120],
    ]);
  });
});

function find(r: ReturnType<typeof doc>) {
  return brief(r).filter(([k]) => k === 'signed_projects' || String(k).startsWith('batch_'));
}
