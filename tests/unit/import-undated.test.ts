/**
 * A report that states no year anywhere: its figures have months but an unspecified year
 * (`XXXX-01/XXXX-09`). They never reach time slices, choropleths, breaks or sparklines (and never
 * make them NaN); the join and the merge keep them apart (atlas.undated); the zone panel lists them
 * under 年份不详. The user gives a year or date, parsed here with a specific message for bad input,
 * and the extraction runs again with it as meta.published.
 * All texts are written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractResult, Fact } from '../../src/extract/schema';
import type { AtlasFact } from '../../src/data/schemas';
import { gazetteer } from '../../src/data/gazetteer';
import { joinAtlas } from '../../src/data/join';
import { joinImported } from '../../src/data/join-imported';
import { mergeImported } from '../../src/data/merge-imported';
import {
  allValues,
  comparePeriods,
  defaultPeriod,
  periodLabel,
  periodYearKnown,
  periodsWithData,
  selectValues,
  seriesFor,
  unknownYearMonths,
} from '../../src/data/selectors';
import { factsForCity, factsForZone, groupByPeriod } from '../../src/ui/zone-facts';
import { formatPeriod } from '../../src/data/projects';
import { messageFor, notesFor, undatedFigures } from '../../src/ui/import/problems';
import { parseReportDate, publishedFor, reportDateMessage } from '../../src/ui/import/report-date';
import { runImportPipeline } from '../../src/ui/import/pipeline';
import { translate } from '../../src/ui/i18n';
import '../../src/ui/import/messages';
import { makeAtlasFact } from './fixtures/facts';

const Q3X = 'XXXX-01/XXXX-09';
const Q3 = '2023-01/2023-09';

const fact = (p: Partial<AtlasFact>): AtlasFact => makeAtlasFact({ period: Q3, indicator: 'revenue', value: 10, ...p });

describe('the year or date a user types', () => {
  const Y = 2026;
  it.each([
    ['2023', { year: 2023 }],
    ['2023年', { year: 2023 }],
    [' 2023 ', { year: 2023 }],
    ['２０２３', { year: 2023 }],
    ['二〇二三年', { year: 2023 }],
    ['2023-10', { year: 2023, month: 10 }],
    ['2023/9', { year: 2023, month: 9 }],
    ['2023年10月', { year: 2023, month: 10 }],
    ['2023-10-15', { year: 2023, month: 10, day: 15 }],
    ['2023年10月15日', { year: 2023, month: 10, day: 15 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2027', { year: 2027 }],
  ])('%s is read as a date', (raw, want) => {
    expect(parseReportDate(raw, Y)).toEqual({ ok: true, ...want });
  });

  it.each([
    ['', { error: 'empty' }],
    ['   ', { error: 'empty' }],
    ['abc', { error: 'format' }],
    ['23', { error: 'format' }],
    ['20233', { error: 'format' }],
    ['2023年前三季度', { error: 'format' }],
    ['1800', { error: 'range', year: 1800, min: 1990, max: 2027 }],
    ['2028', { error: 'range', year: 2028, min: 1990, max: 2027 }],
    ['2023-13', { error: 'month', month: 13 }],
    ['2023-00-01', { error: 'month', month: 0 }],
    ['2023-02-29', { error: 'day', day: 29, month: 2 }],
    ['2023-04-31', { error: 'day', day: 31, month: 4 }],
  ])('%j is refused with its reason', (raw, want) => {
    expect(parseReportDate(raw, Y)).toEqual({ ok: false, ...want });
  });

  it('each refusal says what is wrong, in both languages, with the input as typed', () => {
    const say = (raw: string) => {
      const r = parseReportDate(raw, Y);
      if (r.ok) throw new Error('accepted');
      const m = reportDateMessage(raw, r);
      return { zh: translate('zh', m.key, m.params), en: translate('en', m.key, m.params) };
    };
    expect(say('1800').zh).toBe('1800 年不在可用范围内：请填写 1990 至 2027 年之间的年份。');
    expect(say('1800').en).toContain('1800');
    expect(say('abc').zh).toBe('“abc”不是年份或日期。请填写如 2023、2023-10 或 2023-10-15。');
    expect(say('abc').en).toContain('"abc" is not a year or a date');
    // Markup typed into the field is only ever a parameter: the message is plain text with it inside.
    expect(say('<b>x</b>').zh).toContain('“<b>x</b>”');
    expect(say('2023-13').zh).toContain('13');
    expect(say('2023-02-30').zh).toBe('2 月没有 30 日：请检查日期。');
    expect(say('').zh).toContain('请填写报告的年份');
    const all = ['', 'abc', '1800', '2023-13', '2023-02-30'].map(say);
    expect(new Set(all.map((m) => m.zh)).size).toBe(all.length);
    for (const m of all) expect(m.en).not.toBe(m.zh);
  });
});

describe('the publication date the extraction is run with', () => {
  it('a full date is taken as given', () => {
    expect(publishedFor({ year: 2023, month: 10, day: 5 }, [])).toBe('2023-10-05');
    expect(publishedFor({ year: 2023, month: 3 }, [{ period: Q3X, kind: 'actual' }])).toBe('2023-03');
  });
  it('a bare year ends at the latest period the report gives as achieved, else December', () => {
    const undated = [
      { period: 'XXXX-01/XXXX-06', kind: 'actual' },
      { period: Q3X, kind: 'actual' },
      { period: 'XXXX-01/XXXX-12', kind: 'target' },
    ];
    expect(publishedFor({ year: 2023 }, undated)).toBe('2023-09');
    expect(publishedFor({ year: 2023 }, [{ period: 'XXXX-01/XXXX-12', kind: 'target' }])).toBe('2023-12');
    expect(publishedFor({ year: 2023 }, [])).toBe('2023-12');
  });
  it('a report read again with a new year keeps the month it was first given', () => {
    expect(publishedFor({ year: 2024 }, [], '2023-09')).toBe('2024-09');
    expect(publishedFor({ year: 2024, month: 5 }, [], '2023-09')).toBe('2024-05');
  });
});

describe('selectors never see a figure without a year', () => {
  const facts = [
    fact({ subject_id: 'A', value: 10 }),
    fact({ subject_id: 'B', value: 500, period: Q3X }),
    fact({ subject_id: 'A', value: 9, period: 'XXXX-01/XXXX-06' }),
  ];
  const q = { indicator: 'revenue', measure: 'value', kind: 'actual' as const };

  it('periods: XXXX is not a known year, is labelled 年份不详 with its months, and sorts after every dated period', () => {
    expect(periodYearKnown(Q3)).toBe(true);
    expect(periodYearKnown(Q3X)).toBe(false);
    expect(unknownYearMonths(Q3X)).toEqual({ m1: 1, m2: 9 });
    expect(unknownYearMonths(Q3)).toBeNull();
    expect(periodLabel(Q3X, 'zh')).toBe('年份不详 · 前三季度');
    expect(periodLabel(Q3X, 'en')).toBe('Year unknown · Q1–Q3');
    expect(periodLabel('XXXX-01/XXXX-06', 'zh')).toBe('年份不详 · 上半年');
    expect(periodLabel('XXXX-01/XXXX-10', 'zh')).toBe('年份不详 · 1–10月');
    expect(periodLabel('XXXX-05/XXXX-05', 'en')).toBe('Year unknown · May');
    expect(periodLabel(Q3X, 'zh')).not.toMatch(/NaN|undefined/);
    // A project of such a report is labelled the same way in the projects list.
    expect(formatPeriod(Q3X, 'zh')).toBe('年份不详 · 前三季度');
    expect(formatPeriod('XXXX-01/XXXX-12', 'en')).toBe('Year unknown · full year');
    expect([Q3X, '2024-01/2024-12', Q3, 'XXXX-01/XXXX-06'].sort(comparePeriods)).toEqual([Q3, '2024-01/2024-12', 'XXXX-01/XXXX-06', Q3X]);
  });

  it('time slices and as-of values take only dated facts', () => {
    const v = selectValues(facts, { ...q, period: Q3, asof: true });
    expect([...v.keys()]).toEqual(['A']);
    expect(v.get('A')!.value).toBe(10);
    // Even asked for the undated period itself, nothing comes back.
    expect(selectValues(facts, { ...q, period: Q3X, asof: false }).size).toBe(0);
    expect(selectValues(facts, { ...q, period: Q3X, asof: true }).size).toBe(0);
  });

  it('breaks, the slider’s data marks, the default period and sparklines ignore them', () => {
    expect(allValues(facts, 'revenue', 'value')).toEqual([10]);
    expect([...periodsWithData(facts, [Q3, Q3X], q)]).toEqual([Q3]);
    expect(defaultPeriod(facts, [Q3, Q3X], q)).toBe(Q3);
    expect(defaultPeriod([facts[1]], [Q3X], q)).toBe('');
    const s = seriesFor(facts, [Q3, Q3X], 'B', q);
    expect(s).toEqual([{ period: Q3, value: null, approx: false }]);
    for (const p of seriesFor(facts, [Q3, Q3X], 'A', q)) expect(Number.isNaN(p.value)).toBe(false);
  });
});

/** An extraction of one undated report, as the engine gives it: months, no year. */
function undatedExtract(seed: string): ExtractResult {
  const base: Omit<Fact, 'measure' | 'value' | 'unit'> = {
    subject: '清徐经济开发区',
    scope: 'zone',
    city: '太原市',
    period: Q3X,
    indicator: 'revenue',
    kind: 'actual',
    approx: false,
    source: { seed, start: 10, end: 30 },
    quote: '清徐经济开发区营业收入完成120.5亿元',
  } as Omit<Fact, 'measure' | 'value' | 'unit'>;
  return {
    facts: [
      { ...base, measure: 'value', value: 120.5, unit: '亿元' } as Fact,
      { ...base, measure: 'yoy_pct', value: 6.2, unit: '%', source: { seed, start: 12, end: 40 } } as Fact,
    ],
    projects: [],
    warnings: [],
  };
}

describe('the join and the merge keep undated figures apart', () => {
  const g = gazetteer();
  const dated = joinAtlas({
    extract: { facts: [{ ...undatedExtract('b.txt').facts[0], period: Q3, source: { seed: 'b.txt', start: 0, end: 5 } }], projects: [], warnings: [] },
    gazetteer: g,
    generated: '',
  });

  it('joinAtlas: placed on their zone, but not among the facts or the periods', () => {
    const a = joinAtlas({ extract: undatedExtract('u.txt'), gazetteer: g, generated: '' });
    expect(a.facts).toEqual([]);
    expect(a.periods).toEqual([]);
    expect(a.undated!.map((f) => [f.subject_id, f.period, f.measure])).toEqual([
      ['14201009', Q3X, 'value'],
      ['14201009', Q3X, 'yoy_pct'],
    ]);
    expect(dated.undated).toBeUndefined(); // an atlas with none has no such key
  });

  it('mergeImported: the map’s facts and periods are the base’s; the undated figures are listed apart, with unique ids', () => {
    const imp = joinImported('u.txt', undatedExtract('u.txt'), g);
    expect(imp.facts).toEqual([]);
    expect(imp.undated).toHaveLength(2);
    const m = mergeImported(dated, [imp])!;
    expect(m.facts).toEqual(dated.facts);
    expect(m.periods).toEqual([Q3]);
    expect(m.undated!.map((f) => f.source.seed)).toEqual(['imported:u.txt', 'imported:u.txt']);
    // An import whose facts still hold an undated figure (an older join) is split the same way.
    const old = { ...imp, facts: imp.undated, undated: [] };
    const m2 = mergeImported(m, [old])!;
    expect(m2.periods).toEqual([Q3]);
    expect(m2.facts.every((f) => periodYearKnown(f.period))).toBe(true);
    const ids = [...m2.facts, ...m2.undated!].map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Removing the import restores the base itself.
    expect(mergeImported(dated, [])).toBe(dated);
  });

  it('the zone panel lists them, after every dated period (年份不详)', () => {
    const m = mergeImported(dated, [joinImported('u.txt', undatedExtract('u.txt'), g)])!;
    const { own } = factsForZone(m, '14201009');
    expect(own.map((f) => f.period)).toEqual([Q3, Q3X, Q3X]);
    expect(groupByPeriod(own).map((x) => x.period)).toEqual([Q3, Q3X]);
    expect(factsForCity({ facts: [], undated: [fact({ subject_id: '140100', period: Q3X })] }, '140100')).toHaveLength(1);
  });
});

describe('the import says the report gives no year', () => {
  it('facts without a year: the no-year note with their number, not "no facts"', () => {
    const r = undatedExtract('u.txt');
    expect(undatedFigures(r)).toBe(2);
    expect(notesFor(r)).toEqual([{ kind: 'no_year', n: 2 }]);
    const m = messageFor('u.txt', { kind: 'no_year', n: 2 });
    expect(translate('zh', m.key, m.params)).toContain('“u.txt”没有给出年份：2 条指标年份不详');
    expect(translate('en', m.key, m.params)).toContain('"u.txt" gives no year');
  });

  it('an engine that keeps undated figures as warnings gets the same note', () => {
    const r: ExtractResult = {
      facts: [],
      projects: [],
      warnings: [
        { kind: 'unknown_period', message: 'u.txt: no year' },
        { kind: 'unknown_period', message: 'x', detail: { indicator: 'revenue', value: 1 } },
      ],
    };
    expect(notesFor(r)).toEqual([{ kind: 'no_year', n: 1 }]);
  });

  it('a dated report has no such note', () => {
    expect(notesFor({ facts: [{ ...undatedExtract('d.txt').facts[0], period: Q3 }], projects: [], warnings: [] })).toEqual([]);
  });
});

describe('extracting again with the date the user gave', () => {
  const TEXT = '清徐经济开发区经济运行简况\n前三季度，清徐经济开发区营业收入完成120.5亿元，同比增长6.2%。\n';

  it('without a date the figures are not on the map; with one they get real periods', () => {
    const a = runImportPipeline({ name: 'u.txt', text: TEXT });
    if (!a.ok) throw new Error('refused');
    expect(a.doc.join.facts).toEqual([]);
    expect(a.doc.join.undated.map((f) => [f.subject_id, f.period, f.measure, f.value])).toEqual([
      ['14201009', Q3X, 'value', 120.5],
      ['14201009', Q3X, 'yoy_pct', 6.2],
    ]);
    expect(a.doc.notes[0]).toEqual({ kind: 'no_year', n: 2 });
    // A bare year: published at the end of the latest period the text reports (前三季度 → September).
    expect(publishedFor({ year: 2024 }, a.doc.join.undated)).toBe('2024-09');
    const b = runImportPipeline({ name: 'u.txt', text: TEXT, encoding: 'gb18030', size: 99, date: { input: '2024', published: '2024-09' } });
    if (!b.ok) throw new Error('refused');
    expect(b.doc.join.facts.map((f) => [f.subject_id, f.period, f.indicator, f.measure, f.value])).toEqual([
      ['14201009', '2024-01/2024-09', 'revenue', 'value', 120.5],
      ['14201009', '2024-01/2024-09', 'revenue', 'yoy_pct', 6.2],
    ]);
    expect(b.doc.join.undated).toEqual([]);
    expect(b.doc.notes.some((x) => x.kind === 'no_year')).toBe(false);
    // The document stays what it was (encoding, size) and remembers the date the user gave.
    expect(b.doc).toMatchObject({ encoding: 'gb18030', bytes: 99, date: { input: '2024', published: '2024-09' } });
  });
});
