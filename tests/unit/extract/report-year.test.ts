// The year a text reports on, read from the text alone (no manifest), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument, extractDocuments } from '../../../src/extract/index';
import { yearEvidence, yearRole, type YearRole } from '../../../src/extract/periods';
import { find } from './helpers';

const bare = (text: string) => extractDocument({ name: 'bare.txt', text });
/** The role of the first "YYYY年" in s. */
const role = (s: string): YearRole => {
  const at = s.search(/20\d{2}年/);
  return yearRole(s, at, at + 5);
};

describe('what a year says about the report year (yearRole)', () => {
  it.each<[string, YearRole]>([
    // Years of plans and targets: at or after the report's year.
    ['新建物流园区项目预计2026年5月份建成投运。', 'plan'],
    ['确保2026年3月份前完成主体工程。', 'plan'],
    ['力争2026年实现营业收入翻番。', 'plan'],
    ['预计到2027年底,该区新材料产业将初步成链。', 'plan'],
    ['到2027年,工业总产值突破500亿元。', 'plan'],
    ['会议要求,要抓好2026年的各项重点工作。', 'plan'],
    ['【2026年工作计划】', 'planYear'],
    ['2026年度工作打算如下。', 'planYear'],
    ['2026年,全区力争规上工业增加值增长8%。', 'planYear'],
    ['2026年,该园区将重点推进三大工程。', 'planYear'],
    // Years of reported events: at or before it.
    ['2025年4月18日,甲园区举行项目集中签约仪式。', 'report'],
    ['2025年,全区共签约项目210个,项目计划总投资560亿元。', 'report'],
    ['2025年,全区完成投资80亿元,力争明年再上台阶。', 'report'],
    ['2024年以来,全区累计签约项目75个。', 'since'],
    ['2024年至今,共帮助企业办理事项30件。', 'since'],
    ['自2019年起,园区每年举办一次推介会。', 'since'],
    ['营业收入较2024年增长12%。', 'base'],
    ['市场主体较2024年末净增300户。', 'baseEnd'],
    ['甲经济开发区始建于2006年。', 'history'],
    ['2012年8月经省政府批准设立。', 'history'],
    ['到2025年6月,园区入驻企业达到120家。', 'asof'],
  ])('%s → %s', (s, r) => {
    expect(role(s)).toBe(r);
  });
});

describe('a text without metadata is dated by the years it reports on, not by its plans', () => {
  it('a plan year after the events ("预计2026年5月份建成") does not date the figures', () => {
    const r = bare('2025年7月3日,某某经济开发区举行项目观摩活动。前三季度,某某经济开发区完成工业投资18.6亿元。新建物流园区项目预计2026年5月份建成投运。');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => f.period)).toEqual(['2025-01/2025-09']);
  });

  it('the only year being a plan\'s still dates the text (nothing better)', () => {
    const r = bare('上半年,某某经济开发区完成工业投资9.1亿元。确保2026年3月份前完成主体工程。');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => f.period)).toEqual(['2026-01/2026-06']);
  });

  it('今年 after a reported year is the next year, unless a plan for that year says it is not over', () => {
    // A reported year, then 今年: the year after (a review written early in the next year).
    const next = bare('2025年,全区共签约项目120个。今年1-2月,某某高新区完成工业投资4.2亿元。');
    expect(find(next, { indicator: 'industrial_investment' }).map((f) => f.period)).toEqual(['2026-01/2026-02']);
    // "2025年,…承担重点项目" and "抓好2025年的各项工作": 2025 is still running; 今年 is 2025.
    const same = bare('2025年,某某高新区承担全县重点项目31项。今年1-7月,某某高新区完成工业投资6.3亿元。会议要求,要抓好2025年的各项重点工作。');
    expect(find(same, { indicator: 'industrial_investment' }).map((f) => f.period)).toEqual(['2025-01/2025-07']);
  });

  it('a year under a work plan\'s heading is the plan\'s, not the report\'s', () => {
    const plan = '【2026年工作计划】\n\n2026年,规上工业增加值增长8%,工业投资达到24亿元。';
    expect(yearEvidence(`【2025年工作成绩】\n\n全年完成工业投资20.4亿元。\n\n${plan}`)).toMatchObject({ report: 2025, planHeading: 2026, planMin: 2026 });
    // Past the next heading, a year is read on its own again.
    expect(yearEvidence(`${plan}\n\n【2026年一季度进展】\n\n2026年一季度,完成投资5亿元。`).report).toBe(2026);
    const r = bare('某某经济开发区\n\n【2025年工作成绩】\n\n全年完成工业投资20.4亿元。\n\n【2026年工作计划】\n\n2026年,规上工业增加值增长8%,工业投资达到24亿元。');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.value, f.period, f.kind])).toEqual([
      [20.4, '2025-01/2025-12', 'actual'],
      [24, '2026-01/2026-12', 'target'],
    ]);
  });

  it('figures through November beside a plan for a year are the year before\'s; through February, the plan\'s year', () => {
    const late = bare('1-11月,全县开发区完成工业投资35.2亿元。\n\n【2026年工作计划】\n\n2026年,全县开发区力争工业投资增长10%。');
    expect(find(late, { indicator: 'industrial_investment', measure: 'value' }).map((f) => f.period)).toEqual(['2025-01/2025-11']);
    const early = bare('1-2月,全县开发区完成工业投资5.2亿元。\n\n【2026年工作计划】\n\n2026年,全县开发区力争工业投资增长10%。');
    expect(find(early, { indicator: 'industrial_investment', measure: 'value' }).map((f) => f.period)).toEqual(['2026-01/2026-02']);
  });

  it('figures through a month are written after it: 预计完成 for 1-10月 is an estimate of a past period, not a target', () => {
    const r = bare('2025年9月12日,某某开发区召开推进会。1-10月,全市开发区预计完成规上工业增加值180亿元,同比增长6.1%。');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' }).map((f) => [f.period, f.kind])).toEqual([['2025-01/2025-10', 'actual']]);
  });
});

describe('the same text read alone or in a batch', () => {
  it('is dated by its own text either way: another report\'s year is no evidence', () => {
    const a = { name: 'a.txt', text: '2025年7月3日,某某经济开发区举行项目观摩活动。前三季度,某某经济开发区完成工业投资18.6亿元。新建物流园区项目预计2026年5月份建成投运。' };
    const b = { name: 'b.txt', text: '2021年上半年,另一经济开发区完成工业投资3.3亿元。' };
    const c = { name: 'c.txt', text: '上半年,第三经济开发区完成工业投资2.2亿元。' };
    const periods = (r: ReturnType<typeof bare>) => r.facts.filter((f) => f.indicator === 'industrial_investment').map((f) => [f.source.seed, f.period]);
    const batch = extractDocuments([a, b, c]);
    expect(periods(batch)).toEqual([...periods(bare(a.text)).map(([, p]) => ['a.txt', p]), ['b.txt', '2021-01/2021-06'], ['c.txt', 'XXXX-01/XXXX-06']]);
    expect(periods(batch)[0][1]).toBe('2025-01/2025-09');
  });
});

describe('a round named for its quarter', () => {
  it('"举行第四季度重点项目集中开工仪式" in October: its figures are of the year so far, achieved', () => {
    const r = bare('2021年10月8日,某省第二期“三个一批”活动在各市县举行,某某县产业集聚区同步举行系列活动。随后,某某县产业集聚区举行了第四季度重点项目集中开工仪式。此次集中开工项目15个,总投资61.94亿元。');
    expect(find(r, { indicator: 'batch_started' }).map((f) => [f.value, f.period, f.kind])).toEqual([
      [15, '2021-01/2021-10', 'actual'],
      [61.94, '2021-01/2021-10', 'actual'],
    ]);
  });
  it('a quarter stated as the period of figures still is one ("四季度,全区新签约项目12个")', () => {
    const r = bare('2021年四季度,某某经济开发区新签约项目12个。');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.period)).toEqual(['2021-01/2021-12']);
  });
});
