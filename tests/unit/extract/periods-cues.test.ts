// Period cues and dating, on sentences written for these tests (not taken from any report).
import { describe, expect, it } from 'vitest';
import { extractDocument, extractDocuments } from '../../../src/extract/index';
import { findPeriodCues, periodMonths, periodYearKnown } from '../../../src/extract/periods';
import { ExtractResultSchema, PeriodSchema } from '../../../src/extract/schema';
import { find, run } from './helpers';

const cue = (s: string) =>
  findPeriodCues(s).map((c) => ({ year: c.year ?? c.relYear ?? null, from: c.fromMonth ?? 1, to: c.toMonth ?? null, since: c.since ?? false }));

describe('every common cue form parses', () => {
  it.each([
    ['1-7月,园区', 7],
    ['1—7月份,园区', 7],
    ['1至7月,园区', 7],
    ['一至七月,园区', 7],
    ['一至十一月,园区', 11],
    ['元至5月,园区', 5],
    ['前7个月,园区', 7],
    ['前十个月,园区', 10],
    ['前两个月,园区', 2],
    ['截至7月底,园区', 7],
    ['截止到7月末,园区', 7],
    ['7月末,园区', 7],
    ['7月底时,园区', 7],
    ['一季度,园区', 3],
    ['上半年,园区', 6],
    ['前三季度,园区', 9],
    ['前两个季度,园区', 6],
    ['一至三季度,园区', 9],
    ['全年,园区', 12],
  ])('%s → months 1..%i', (s, to) => {
    expect(cue(s)).toEqual([{ year: null, from: 1, to, since: false }]);
  });

  it('one month’s figures ("5月份,") are dated to its end, cumulative from January (facts.md); a range ending in 月份 is still the range', () => {
    expect(cue('5月份,园区')[0]).toMatchObject({ from: 1, to: 5 });
    expect(cue('今年1-10月份,园区')[0]).toMatchObject({ from: 1, to: 10 });
    expect(cue('截至10月份,园区')[0]).toMatchObject({ from: 1, to: 10 });
    const r = run('2024年5月份,某某经济开发区新签约项目6个,总投资18.2亿元。', '2024-06');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2024-01/2024-05');
  });
  it('a later single quarter is dated to its end, cumulative from January as facts.md dates every period', () => {
    expect(cue('二季度,园区')[0]).toMatchObject({ from: 1, to: 6 });
    expect(cue('第三季度,园区')[0]).toMatchObject({ from: 1, to: 9 });
    expect(cue('四季度,园区')[0]).toMatchObject({ from: 1, to: 12 });
    expect(findPeriodCues('二季度,园区')[0]?.part).toBe(true);
  });

  it('a quarter’s or a month’s figures are filed at its end; a work rhythm of quarters does not set the text’s month', () => {
    const r = run('据悉,今年二季度全市聚焦先进制造业,梳理签约项目140个,计划总投资720亿元。', '2023-07');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2023-01/2023-06');
    // (One month's figures, the text's only period, say what month it reports up to: 今年以来 runs to it.)
    const m = run('6月份,某某高新区新引进产业项目41个。今年以来,该区引进项目210个。', '2022-07');
    expect(find(m, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.period)).toEqual(['2022-01/2022-06', '2022-01/2022-06']);
    const w = run('全区建立“一季度抓开工、二季度抓协调、三季度抓推进”机制。1-8月,某某经济开发区完成固定资产投资32亿元。今年以来,开发区签约项目17个。', '2023-09');
    expect(find(w, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2023-01/2023-08');
  });

  it('running totals: this year, or from an earlier year', () => {
    expect(cue('今年以来,园区')).toEqual([{ year: 0, from: 1, to: null, since: true }]);
    expect(cue('年初以来,园区')).toEqual([{ year: 0, from: 1, to: null, since: true }]);
    expect(cue('2021年以来,园区')).toEqual([{ year: 2021, from: 1, to: null, since: true }]);
  });

  it('a deadline, a plan label and a comparison word are not periods', () => {
    expect(cue('计划于9月底前建成投产')).toEqual([]);
    expect(cue('“十四五”期间园区')).toEqual([]);
    expect(cue('同比增长8%,较上年提高')).toEqual([]);
  });
});

describe('periods of facts', () => {
  it('Chinese-numeral month ranges date the figures', () => {
    const r = run('某某经济开发区一至十月完成工业投资31.2亿元,同比增长9.1%。', '2023-11');
    expect(find(r, { indicator: 'industrial_investment', measure: 'value' })[0]?.period).toBe('2023-01/2023-10');
  });

  it('"今年以来" takes the document’s own reporting months', () => {
    const r = run('1-8月,某某经济开发区规上工业增加值同比增长6.2%。今年以来,开发区固定资产投资完成18.4亿元。', '2023-09');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]?.period).toBe('2023-01/2023-08');
  });

  it('a running total since an earlier year keeps its true span, from that year to the month reported (as the answer sets do)', () => {
    const r = run('截至9月底,某某经济开发区工业投资完成40亿元。2021年以来,开发区在历次“三个一批”活动中累计签约项目86个,总投资512.3亿元。', '2023-10');
    const signed = find(r, { indicator: 'batch_signed', measure: 'count' })[0];
    expect(signed?.value).toBe(86);
    expect(signed?.period).toBe('2021-01/2023-09');
    expect(find(r, { indicator: 'batch_signed', measure: 'investment' })[0]?.period).toBe('2021-01/2023-09');
    expect(find(r, { indicator: 'industrial_investment', measure: 'value' })[0]?.period).toBe('2023-01/2023-09');
  });

  it('a rate over rounds since an earlier year is the rate as of the month reported, not a multi-year figure', () => {
    const r = run('1-8月,某某经济开发区完成工业投资31亿元。目前全市2020年以来历次“三个一批”项目开工率91.5%、投产率47.3%。', '2022-09');
    const rates = r.facts.filter((f) => f.measure === 'rate_pct');
    expect(rates.map((f) => f.value)).toEqual([91.5, 47.3]);
    for (const f of rates) expect(f.period).toBe('2022-01/2022-08');
  });

  it('a total since the current year is the year to date', () => {
    const r = run('2024年以来,某某经济开发区签约项目21个,总投资88亿元。', '2024-07');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2024-01/2024-07');
  });

  it('a comparison with last year does not move the period', () => {
    const r = run('2024年上半年,某某经济开发区营业收入完成210亿元,较上年同期增长12.4%,增速比去年全年提高3个百分点。', '2024-07');
    expect(find(r, { indicator: 'revenue' }).map((f) => f.period)).toEqual(['2024-01/2024-06', '2024-01/2024-06']);
  });
});

describe('a text nothing dates', () => {
  const bare = (text: string) => extractDocument({ name: 'undated.txt', text });
  /** Figures emitted, none with a year (the text gives none). */
  const yearless = (r: ReturnType<typeof bare>) => r.facts.length > 0 && r.facts.every((f) => !periodYearKnown(f.period));

  it('never takes the clock’s year: its figures keep their months under an unknown year (XXXX), one warning says so', () => {
    const r = bare('上半年,某某经济开发区完成工业投资12.6亿元,同比增长8.8%。');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.value, f.period])).toEqual([
      [12.6, 'XXXX-01/XXXX-06'],
      [8.8, 'XXXX-01/XXXX-06'],
    ]);
    expect(r.facts.every((f) => !periodYearKnown(f.period))).toBe(true);
    expect(r.warnings.filter((w) => w.kind === 'unknown_period')).toHaveLength(1);
    // The output still passes the schema (XXXX is a valid period).
    expect(ExtractResultSchema.safeParse(r).success).toBe(true);
  });

  it('a figure dated relative to the unknown year (去年) stays a warning: no period can be written for it', () => {
    const r = bare('去年,某某经济开发区完成工业投资10.2亿元。今年上半年,该区完成工业投资6.1亿元。');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.value, f.period])).toEqual([[6.1, 'XXXX-01/XXXX-06']]);
    expect(r.warnings.some((w) => w.kind === 'unknown_period' && w.detail?.value === 10.2)).toBe(true);
  });

  it('a year in the text dates it without metadata, and metadata dates a text without a year', () => {
    expect(find(bare('2022年上半年,某某经济开发区完成工业投资12.6亿元。'), { indicator: 'industrial_investment' })[0]?.period).toBe('2022-01/2022-06');
    expect(find(run('上半年,某某经济开发区完成工业投资12.6亿元。', '2021-08'), { indicator: 'industrial_investment' })[0]?.period).toBe('2021-01/2021-06');
  });

  it('a numeric page stamp (来源 line, 时间:YYYY-MM-DD) dates it like metadata would', () => {
    const r = bare('来源:某某日报 2022-05-17 09:40\n今年以来,某某经济开发区完成工业投资8.4亿元。上半年将完成12亿元。');
    expect(find(r, { indicator: 'industrial_investment', value: 8.4 }).map((f) => [f.period, f.kind])).toEqual([['2022-01/2022-05', 'actual']]);
    expect(r.warnings.some((w) => w.kind === 'unknown_period')).toBe(false);
    // Digits that are not a date (a range of years, a month 13) date nothing.
    expect(yearless(bare('2019-2023,某某经济开发区完成工业投资8.4亿元。'))).toBe(true);
    expect(yearless(bare('编号2022-13-01,某某经济开发区完成工业投资8.4亿元。'))).toBe(true);
  });

  it('"较2023年末" dates an otherwise yearless text to the year after that year-end', () => {
    const r = bare('今年以来,某某高新区市场主体存量为2400户,较2023年末净增300户。上半年,该区完成工业投资8.4亿元。');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.period).toBe('2024-01/2024-06');
    // A comparison with a whole year ("比2020年翻一番") says nothing about when the text was written.
    expect(yearless(bare('上半年,某某高新区完成工业投资8.4亿元,比2020年同期翻一番。'))).toBe(true);
  });

  it('an event named with its year ("2019太原招商推介会") dates an otherwise yearless text', () => {
    const r = bare('在2019太原招商推介会上,某某经济开发区集中签约项目12个,总投资36.5亿元。');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period.startsWith('2019-01/2019-')).toBe(true);
    // A quantity is no year: "2019亩" names an area, not an event.
    expect(yearless(bare('某某经济开发区出让标准地2019亩,在推介会上集中签约项目12个。'))).toBe(true);
  });

  it('a founding year ("始建于2005年3月") is history, not the year the text was written', () => {
    expect(yearless(bare('某某经济技术开发区始建于2005年3月。今年1-10月,该区签约项目5个,总投资22.4亿元。'))).toBe(true);
    expect(yearless(bare('某某经济开发区2006年经省政府批准设立。今年1-10月,该区签约项目5个。'))).toBe(true);
    // A year the text reports on still dates it.
    const r = bare('某某经济技术开发区始建于2005年。2019年1-10月,该区签约项目5个,总投资22.4亿元。');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2019-01/2019-10');
  });

  it('a date in characters under an official document ("二〇二二年七月十五日") dates it', () => {
    const r = bare('今年以来,某某经济开发区完成工业投资12.6亿元。\n\n某某经济开发区管委会\n二〇二二年七月十五日');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.period).toBe('2022-01/2022-07');
  });

  it('another document in the same batch does not date it', () => {
    const r = extractDocuments([
      { name: 'a.txt', text: '前三季度,某某经济开发区完成工业投资9.9亿元。' },
      { name: 'b.txt', text: '2023年前三季度,另一经济开发区完成工业投资5.5亿元。' },
    ]);
    expect(r.facts.map((f) => [f.source.seed, f.value, f.period])).toEqual([
      ['a.txt', 9.9, 'XXXX-01/XXXX-09'],
      ['b.txt', 5.5, '2023-01/2023-09'],
    ]);
  });
});

describe('yearless periods around the turn of the year', () => {
  it('"全年…完成" in a January report is last year, achieved', () => {
    const r = run('全年,某某经济开发区完成规上工业总产值245.6亿元,较上年增长7.4%。', '2024-01');
    expect(find(r, { indicator: 'industrial_output' }).map((f) => [f.period, f.kind])).toEqual([
      ['2023-01/2023-12', 'actual'],
      ['2023-01/2023-12', 'actual'],
    ]);
  });
  it('"1-11月" in a January report is last year’s eleven months', () => {
    const r = run('1至11月,某某经济开发区固定资产投资完成16.3亿元。', '2024-01');
    expect(find(r, { indicator: 'fixed_asset_investment' })[0]?.period).toBe('2023-01/2023-11');
  });
  it('a month just after a loosely given publication date is not pushed back a year', () => {
    const r = run('1-11月,某某经济开发区固定资产投资完成16.3亿元。', '2023-10');
    expect(find(r, { indicator: 'fixed_asset_investment' })[0]?.period.startsWith('2023-01/2023-')).toBe(true);
  });
  it('a goal for the year stays this year’s target', () => {
    const r = run('全年,某某经济开发区力争完成工业投资60亿元。', '2024-01');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.period, f.kind])).toEqual([['2024-01/2024-12', 'target']]);
  });
});

describe('five-year-plan spans', () => {
  it('"“十四五”以来" is a running total from 2021 (to the month reported), "十四五" alone is no period', () => {
    expect(cue('“十四五”以来,园区')).toEqual([{ year: 2021, from: 1, to: null, since: true }]);
    expect(cue('十三五以来,园区')[0]?.year).toBe(2016);
    const r = run('“十四五”以来,某某经济开发区累计引进项目86个。2023年1-11月,开发区完成固定资产投资11.2亿元。', '2023-12');
    expect(find(r, { indicator: 'signed_projects' })[0]?.period).toBe('2021-01/2023-11');
    expect(find(r, { indicator: 'fixed_asset_investment' })[0]?.period).toBe('2023-01/2023-11');
  });
});

describe('a running total with its end stated', () => {
  it('"2023年以来至今年6月" runs from January 2023 to June of the year it reports to', () => {
    const r = run('2023年以来至今年6月,某某经济开发区累计签约项目48个,协议投资总额156亿元。', '2024-07');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => f.period)).toEqual(['2023-01/2024-06', '2023-01/2024-06']);
  });
  it('"2月至6月" is not read as an end cue', () => {
    expect(cue('2月至6月,园区').some((c) => c.to === 6 && c.from === 1 && !c.since)).toBe(false);
  });
});

describe('the date of a one-day event', () => {
  it('"3月18日,…集中签约" dates the event’s figures to the year up to that month', () => {
    const r = run('本报讯 3月18日,某某经济开发区15个项目集中签约,总投资48.6亿元。', '2022-04');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => [f.value, f.period])).toEqual([
      [15, '2022-01/2022-03'],
      [48.6, '2022-01/2022-03'],
    ]);
    // With its own year, in a page published a year later.
    const y = run('在推进数字产业上,2020年9月12日,某某高新区引进甲、乙、丙等9个项目集中签约落地。', '2021-12');
    expect(find(y, { indicator: 'signed_projects', measure: 'count' })[0]?.period).toBe('2020-01/2020-09');
  });

  it('the event’s date carries to 此次 but not to a sentence about the year so far (今年以来, 目前)', () => {
    const r = run('4月18日,某某经济开发区12个项目集中签约。此次签约项目总投资64亿元。今年以来,该区完成工业投资27.5亿元。', '2023-09');
    expect(find(r, { indicator: 'signed_projects', measure: 'investment' })[0]?.period).toBe('2023-01/2023-04');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.period).toBe('2023-01/2023-09');
  });

  it('a wire dateline, a deadline or the start of a span is not an event date', () => {
    expect(cue('新华网5月3日电 园区')).toEqual([]);
    expect(cue('力争9月30日前建成')).toEqual([]);
    expect(cue('自3月1日起施行')).toEqual([]);
    const r = run('某某网5月3日电 某某经济开发区一季度完成工业投资6.1亿元。', '2023-05');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.period).toBe('2023-01/2023-03');
  });

  it('an event date does not become the usual period of the report', () => {
    // A February speech reviewing last year: undated figures are last year's, whatever the speech's date.
    const r = run('2023年2月16日在某市人民代表大会上\n\n2022年,全市经济运行平稳。\n\n某某经济开发区完成工业投资45亿元。', '2023-02');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.period).toBe('2022-01/2022-12');
  });
});

describe('a period named again without its year', () => {
  it('"2022年上半年…。上半年,…" is the half-year just named, not the publication year’s', () => {
    const r = run('某某经济开发区2022年上半年发展势头良好。上半年,该区完成固定资产投资18.2亿元,同比增长9%。', '2024-05');
    expect(find(r, { indicator: 'fixed_asset_investment' }).map((f) => f.period)).toEqual(['2022-01/2022-06', '2022-01/2022-06']);
  });
  it('another period name keeps its own year', () => {
    const r = run('某某经济开发区2022年上半年发展势头良好。一季度,该区完成固定资产投资6.2亿元。', '2023-05');
    expect(find(r, { indicator: 'fixed_asset_investment' })[0]?.period).toBe('2023-01/2023-03');
  });
});

describe('当天 refers back to the event dated last', () => {
  it('"3月12日,…集中开工…。(new paragraph) 当天,某市集中签约…" dates both to the event', () => {
    const r = run('3月12日,朔州市在全省开发区第一次“三个一批”活动分会场上,45个项目集中开工,总投资98.2亿元。\n\n与此同时,当天朔州市集中签约项目14个,总投资76.5亿元。', '2023-04');
    expect(r.facts.filter((f) => f.measure === 'count').map((f) => [f.value, f.period])).toEqual([
      [45, '2023-01/2023-03'],
      [14, '2023-01/2023-03'],
    ]);
  });
  it('without an event date 当天 changes nothing', () => {
    const r = run('当天,某某经济开发区集中签约项目14个,总投资76.5亿元。', '2023-04');
    expect(find(r, { measure: 'count' })[0]?.period).toBe('2023-01/2023-04');
  });
});

describe('last year on its own', () => {
  it('"去年,…" and "去年底,…" are last year, whole; "前5月" is the first five months', () => {
    const r = run('去年,某某经济开发区完成工业投资38.6亿元,同比增长9.5%。去年底,该区市场主体达到3120户。', '2024-04');
    expect(r.facts.map((f) => [f.value, f.period])).toEqual([
      [38.6, '2023-01/2023-12'],
      [9.5, '2023-01/2023-12'],
      [3120, '2023-01/2023-12'],
    ]);
    expect(find(run('前5月,某某经济开发区完成工业投资18.6亿元。', '2024-06'), { indicator: 'industrial_investment' })[0]?.period).toBe('2024-01/2024-05');
  });
  it('a comparison with last year, or last year’s same period, is no period; 今年 after 去年 is this year', () => {
    expect(cue('比去年增长')).toEqual([]);
    expect(cue('较上年提高')).toEqual([]);
    expect(cue('去年同期为')).toEqual([]);
    expect(cue('去年上半年,')).toEqual([{ year: -1, from: 1, to: 6, since: false }]);
    const r = run('去年,某某经济开发区获评全省先进。今年,该区完成工业投资18.6亿元。', '2024-06');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.period).toBe('2024-01/2024-06');
  });
});

describe('a month with its year, a quarter’s end', () => {
  it('"2022年8月,…集中签约" keeps its year in a later page; "三季度末" is as of September', () => {
    const r = run('2022年8月,某某经济开发区集中签约项目9个,总投资27.3亿元。', '2023-05');
    expect(find(r, { indicator: 'signed_projects' }).map((f) => f.period)).toEqual(['2022-01/2022-08', '2022-01/2022-08']);
    expect(cue('三季度末,园区')).toEqual([{ year: null, from: 1, to: 9, since: false }]);
    expect(cue('三季度,园区')).toEqual([{ year: null, from: 1, to: 9, since: false }]);
    // Ranges, month ends and 月份 keep their own readings.
    expect(cue('2022年1-8月,园区')).toEqual([{ year: 2022, from: 1, to: 8, since: false }]);
    expect(cue('2022年8月份,园区')).toEqual([{ year: 2022, from: 1, to: 8, since: false }]);
  });
});

describe('horizons: the end of a five-year plan, next year', () => {
  it('"到“十四五”末…达到" is a 2025 goal; "明年,力争…" next year’s', () => {
    const r = run('到“十四五”末,某某经济开发区工业总产值达到300亿元。', '2023-08');
    expect(find(r, { indicator: 'industrial_output' }).map((f) => [f.period, f.kind])).toEqual([['2025-01/2025-12', 'target']]);
    const m = run('明年,某某经济开发区力争完成工业投资64亿元。', '2023-11');
    expect(find(m, { indicator: 'industrial_investment' }).map((f) => [f.period, f.kind])).toEqual([['2024-01/2024-12', 'target']]);
  });
  it('a horizon does not lend its year to a later 全年', () => {
    const r = run('“十四五”末,某某经济开发区将形成三大产业集群。全年计划完成工业投资12.5亿元。', '2023-11');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.period, f.kind])).toEqual([['2023-01/2023-12', 'target']]);
  });
});

describe('an event date inside a reporting sentence', () => {
  it('"1-5月,…,4月12日开工的…,同比增长…" keeps the sentence’s months', () => {
    const r = run('1-5月,某某经济开发区完成工业投资31.7亿元,4月12日集中开工的项目进展顺利,工业投资同比增长14%。', '2023-06');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => f.period)).toEqual(['2023-01/2023-05', '2023-01/2023-05']);
  });
});

describe('上年 before a period', () => {
  it('"上年全年" is last year; "较上年同期" stays a comparison', () => {
    expect(cue('上年全年,园区')).toEqual([{ year: -1, from: 1, to: 12, since: false }]);
    expect(cue('较上年同期增长')).toEqual([]);
  });
});

describe('quarters written with digits', () => {
  it('"1季度", "第1季度" are January to March; "2季度" dated to June; "第3季度末" as of September', () => {
    expect(cue('1季度,园区')).toEqual([{ year: null, from: 1, to: 3, since: false }]);
    expect(cue('2022年第1季度,园区')).toEqual([{ year: 2022, from: 1, to: 3, since: false }]);
    expect(cue('2季度,园区')).toEqual([{ year: null, from: 1, to: 6, since: false }]);
    expect(cue('第3季度末,园区')).toEqual([{ year: null, from: 1, to: 9, since: false }]);
    // A digit before is part of another number, not a quarter.
    expect(cue('编号21季度')).toEqual([]);
  });
});

describe('a period whose year is unknown (XXXX)', () => {
  it('is a valid period only with both years unspecified', () => {
    expect(PeriodSchema.safeParse('XXXX-01/XXXX-09').success).toBe(true);
    expect(PeriodSchema.safeParse('2023-01/2023-09').success).toBe(true);
    expect(PeriodSchema.safeParse('XXXX-01/2023-09').success).toBe(false);
    expect(PeriodSchema.safeParse('XXXX-13/XXXX-09').success).toBe(false);
  });
  it('periodYearKnown and periodMonths read it', () => {
    expect(periodYearKnown('XXXX-01/XXXX-09')).toBe(false);
    expect(periodYearKnown('2023-01/2023-09')).toBe(true);
    expect(periodMonths('XXXX-07/XXXX-12')).toEqual({ fromYear: null, fromMonth: 7, toYear: null, toMonth: 12 });
    expect(periodMonths('2023-01/2023-09')).toEqual({ fromYear: 2023, fromMonth: 1, toYear: 2023, toMonth: 9 });
    expect(periodMonths('2023')).toBeNull();
  });
});
