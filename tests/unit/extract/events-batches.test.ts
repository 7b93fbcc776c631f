// Project events that sign, start and commission projects together, with or without the name "三个一批": their
// counts and the amounts right after them are batches; events of two of
// these record their signing only. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published: string | undefined = '2024-12') =>
  extractDocument({ name: 't.txt', text, meta: published ? { published } : (undefined as never) });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value]);

describe('an event of the three batches is read as batches', () => {
  it('"“三集中”活动,集中签约N个…;集中开工M个…;集中投产…": each batch with the amount of its own clause', () => {
    const r = doc('5月9日，某江区举行一季度招商项目“三集中”活动，集中签约24个重点项目，涉及装备制造、食品加工等领域，总投资逾80亿元；集中开工19个重点项目，总投资31.5亿元；集中投产12个项目，总投资9.5亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 24],
      ['batch_signed', 'investment', 80],
      ['batch_started', 'count', 19],
      ['batch_started', 'investment', 31.5],
      ['batch_commissioned', 'count', 12],
      ['batch_commissioned', 'investment', 9.5],
    ]);
  });
  it('the event named in the lede, its figures in the next paragraph (traditional script)', () => {
    const r = doc('5月18日，晉城市重大項目集中簽約開工投產活動舉行。\n活動現場，集中簽約項目11個，總投資47億元；集中開工項目6個，總投資22億元；集中投產項目4個，總投資9億元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 11],
      ['batch_signed', 'investment', 47],
      ['batch_started', 'count', 6],
      ['batch_started', 'investment', 22],
      ['batch_commissioned', 'count', 4],
      ['batch_commissioned', 'investment', 9],
    ]);
    expect(r.facts.every((f) => f.subject === '晋城市')).toBe(true);
  });
});

// The annotated sets (all nine) record an event that signs and starts projects — but commissions none — by its
// signing only: signed_projects, as a signing ceremony; its start-up batch is left out as a 集中开工 campaign is.
describe('an event of two batches records its signing only', () => {
  it('"集中签约开工活动": the signing count and amount are signed_projects, the start-up batch is not recorded', () => {
    const r = doc('9月20日，灵石县举行重大项目集中签约开工活动。本次活动共集中签约项目7个，总投资26亿元；集中开工项目11个，总投资34.5亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 7],
      ['signed_projects', 'investment', 26],
    ]);
  });
  it('"集中开工暨签约仪式": the start-up batch first, then the signing', () => {
    const r = doc('3月6日，盂县举行一季度重大项目集中开工暨签约仪式，集中开工项目13个，总投资57.2亿元，集中签约项目9个，总投资38亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 9],
      ['signed_projects', 'investment', 38],
    ]);
  });
  it('"N个项目集中签约…;M个项目集中开工…": counts before their verbs', () => {
    const r = doc('6月2日，晋城市重大项目集中签约开工活动现场，14个项目集中签约，总投资61亿元；9个项目集中开工，总投资29亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 14],
      ['signed_projects', 'investment', 61],
    ]);
  });
  it('traditional script with ruby pinyin reads the same', () => {
    const r = doc('9月20日，靈石縣舉行重大項(xiàng)目集中簽約開工活動(dòng)。本次活動共集中簽約項(xiàng)目7個(gè)，總投資26億元；集中開工項(xiàng)目11個(gè)，總投資34.5億元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 7],
      ['signed_projects', 'investment', 26],
    ]);
  });
  it('"集中开工投产活动" (no signing): nothing is recorded', () => {
    const r = doc('8月8日，太原市举行重大项目集中开工投产活动，集中开工项目23个，总投资88亿元；集中投产项目17个，总投资41亿元。');
    expect(find(r)).toEqual([]);
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
    const r = doc('5月18日，榆次区举行重大项目集中签约开工投产活动。此次集中签约项目10个，总投资44亿元，集中开工项目12个，总投资52亿元，集中投产项目5个，总投资13亿元。其中，丙丁公司氢能装备项目总投资8亿元，戊己公司物流项目总投资5亿元。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'count', 10],
      ['batch_signed', 'investment', 44],
      ['batch_started', 'count', 12],
      ['batch_started', 'investment', 52],
      ['batch_commissioned', 'count', 5],
      ['batch_commissioned', 'investment', 13],
    ]);
  });
  it('a year that counts its joint events ("集中签约开工活动4次") gives running totals, not one event\'s batches', () => {
    const r = doc('2024年，开发区全年组织项目集中签约开工投产活动3次，签约项目41个，总投资196亿元，开工项目35个，总投资142亿元。');
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

describe('此次 speaks of the event dated last', () => {
  it('a paragraph opening with 此次活动 and no date of its own has the lede\'s event date, in all its sentences', () => {
    const r = doc('2023年上半年，宛丰市完成固定资产投资1210亿元。10月8日，宛丰市与全省同步举行“三个一批”活动。\n此次活动宛丰市共签约项目48个，总投资190.5亿元。开工项目212个，总投资650.1亿元。投产项目133个，总投资301亿元。', '2023-10');
    const batches = r.facts.filter((f) => f.indicator.startsWith('batch_'));
    expect(batches.length).toBe(6);
    expect(new Set(batches.map((f) => f.period))).toEqual(new Set(['2023-01/2023-10']));
  });
});
