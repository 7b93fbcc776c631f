// Signing events and "三个一批" batches: which counts are a round's batches and which are a zone's running tallies or
// one project's figures. Sentences written for these tests (other names and numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2023-06') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value]);

describe('counts compared with a year before are a period tally, not a round', () => {
  it('signed / started / commissioned counts with 同比 in a page that mentions an event elsewhere: signings only', () => {
    const r = doc(
      '近日，在某市举办的新材料产业项目签约仪式上，甲河经济开发区3个项目集中签约，总投资达12.4亿元。\n' +
        '今年1-5月份，甲河经济开发区已累计新签约项目16个，同比增长30%；新开工项目9个，同比增长12.5%；新投产项目4个，同比增长33.3%。',
    );
    const batches = r.facts.filter((f) => f.indicator.startsWith('batch_'));
    expect(batches).toEqual([]);
    const signed = r.facts.filter((f) => f.indicator === 'signed_projects' && f.measure === 'count').map((f) => f.value);
    expect(signed).toContain(16);
    expect(signed).not.toContain(9);
    expect(signed).not.toContain(4);
  });
  it('a paragraph that names its round keeps its batches even beside a comparison', () => {
    const r = doc('甲河经济开发区“三个一批”活动中，签约一批项目10个，同比增加2个；开工一批项目7个；投产一批项目5个。');
    expect(r.facts.some((f) => f.indicator === 'batch_signed' && f.value === 10)).toBe(true);
    expect(r.facts.some((f) => f.indicator === 'batch_started' && f.value === 7)).toBe(true);
  });
});

describe('one named project and its money are not the signing total', () => {
  it('"甲乙精密轴承项目,总投资6亿元" after a signing count: the project\'s money, not signed_projects', () => {
    const r = doc('今年以来，甲河经济开发区累计新签约项目14个。与此同时，该区加快推进签约项目的落地和建设。甲乙精密轴承制造项目，总投资6亿元，主要生产高端轴承。');
    expect(brief(r)).toEqual([['signed_projects', 'count', 14]]);
  });
  it('a signing count with its amount stays one fact pair (negative case)', () => {
    const r = doc('今年以来，甲河经济开发区签约项目14个，总投资36亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 14],
      ['signed_projects', 'investment', 36],
    ]);
  });
});

describe('a batch carried from an earlier paragraph gives way to the batch a sentence names', () => {
  it('"…“竣工投产一批”活动。" then "此次活动,签约项目N个…;开工项目…;竣工投产项目…"', () => {
    const r = doc(
      '6月12日，甲河经济开发区参加全省“三个一批”推进会。会上举行了“签约一批”活动。\n' +
        '随后举行了“开工一批”活动；最后观摩了以某某机械二期项目为代表的“竣工投产一批”活动。\n' +
        '此次活动，签约项目6个，总投资88亿元；开工项目5个，总投资21亿元；竣工投产项目11个，总投资27.5亿元。',
    );
    const f = (ind: string, m: string) => r.facts.find((x) => x.indicator === ind && x.measure === m)?.value;
    expect(f('batch_signed', 'count')).toBe(6);
    expect(f('batch_signed', 'investment')).toBe(88);
    expect(f('batch_commissioned', 'count')).toBe(11);
    expect(f('batch_commissioned', 'investment')).toBe(27.5);
    expect(r.facts.some((x) => x.indicator === 'batch_commissioned' && x.value === 6)).toBe(false);
  });
});

describe('a figure in an aside opening with 其中 is a part of the figure before it', () => {
  it('"签约项目64个(其中现场签约项目50个)": the 64 and its amount, not the 50', () => {
    const r = doc('今年以来，甲河经济开发区签约项目64个(其中现场签约项目50个)，计划总投资318亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 64],
      ['signed_projects', 'investment', 318],
    ]);
  });
  it('an aside that does not open with 其中 is not dropped by this rule (negative case)', () => {
    const r = doc('今年以来，甲河经济开发区完成工业投资52亿元(同比增长8%)。');
    expect(r.facts.some((f) => f.indicator === 'industrial_investment' && f.measure === 'value' && f.value === 52)).toBe(true);
  });
});

describe('a round named 签约一批、开工一批、竣工一批 reads its batches by those words', () => {
  const text =
    '9月8日，乙山经开区召开重点项目推进会，发布“三个一批”重点项目推进情况：2023年以来，共落地发展优质项目120个，总投资达640亿元。\n' +
    '会上发布了园区“三个一批”(签约一批、开工一批、竣工一批)重点项目推进情况。其中，新签约引进项目80个，包含亿元以上重点项目9个；新开工项目25个，总投资额约210亿元；可竣工项目15个，总投资190亿元。';
  it('the round\'s total, the signed batch named 新签约引进, and the 竣工 batch as commissioned', () => {
    const r = doc(text, '2023-09');
    const f = (ind: string, m: string) => r.facts.filter((x) => x.indicator === ind && x.measure === m).map((x) => x.value);
    expect(f('batch_total', 'count')).toEqual([120]);
    expect(f('batch_total', 'investment')).toEqual([640]);
    expect(f('batch_signed', 'count')).toEqual([80]);
    expect(f('batch_started', 'count')).toEqual([25]);
    expect(f('batch_started', 'investment')).toEqual([210]);
    expect(f('batch_commissioned', 'count')).toEqual([15]);
    expect(f('batch_commissioned', 'investment')).toEqual([190]);
  });
  it('a year of rolling rounds ("全年累计实施项目N个") is no round\'s total (negative case)', () => {
    const r = doc('2022年，甲市滚动开展“三个一批”活动，全年累计实施项目1800个，全市开发区工业增加值增长12.5%。', '2023-02');
    expect(r.facts.some((x) => x.indicator === 'batch_total' && x.value === 1800)).toBe(false);
  });
});

describe('signing totals the engine used to drop', () => {
  it('"集中签约重大招商项目N个": 签约 with generic qualifiers is the signing count', () => {
    const r = doc('乙州市2023年招商引资二季度集中签约活动在某区举行，本次集中签约重大招商项目42个，正式合同投资额815.3亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 42],
      ['signed_projects', 'investment', 815.3],
    ]);
  });
  it('a qualifier naming a sector is a part, not the signing count (negative case)', () => {
    const r = doc('今年以来，甲河经济开发区签约新能源电池项目12个。');
    expect(r.facts.some((f) => f.indicator === 'signed_projects' && f.value === 12)).toBe(false);
  });
  it('a dateline and reporter aside before the city, and "年初以来" before it, do not hide it from the fallback', () => {
    const a = doc('某某社乙州6月2日电(记者王某)乙州市2023年招商引资集中签约活动2日举行，本次集中签约重大招商项目42个。');
    expect(a.facts.find((f) => f.indicator === 'signed_projects')?.subject).toBe('乙州市');
    const b = doc('今年年初以来，丙州市招商引资工作呈现良好态势。一季度落地项目9个，签约项目14个，在谈重点项目30个。');
    expect(b.facts.find((f) => f.indicator === 'signed_projects' && f.value === 14)?.subject).toBe('丙州市');
  });
});

describe('projects brought in that are the signed ones', () => {
  it('"引进亿元以上新签约项目N个" is the signing count, with its amount', () => {
    const r = doc('2022年，甲河高新区共引进亿元以上新签约项目48个，投资总额约512.4亿元。', '2023-03');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 48],
      ['signed_projects', 'investment', 512.4],
    ]);
  });
  it('a sector\'s projects brought in stay a part (negative case)', () => {
    const r = doc('2022年，甲河高新区共引进新能源电池项目9个。', '2023-03');
    expect(r.facts.some((f) => f.indicator === 'signed_projects' && f.value === 9)).toBe(false);
  });
});

describe('a decimal point typed as a full stop', () => {
  it('"总投资318。6亿元" is 318.6, not 6', () => {
    const r = doc('今年以来，甲河经济开发区完成招商签约项目41个、总投资318。6亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 41],
      ['signed_projects', 'investment', 318.6],
    ]);
  });
  it('a sentence ending in a number before a date is left alone (negative case)', () => {
    const r = doc('今年以来，甲河经济开发区签约项目41个。6月，该区又举行集中签约活动。');
    expect(r.facts.some((f) => f.value === 41.6)).toBe(false);
  });
});
