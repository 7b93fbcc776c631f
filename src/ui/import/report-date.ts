/**
 * The year or date a user gives for an imported report that states no year itself (报告年份/发布日期).
 * Pure and engine-free (main bundle): it parses what was typed, says precisely what is wrong with it,
 * and turns it into the engine's `meta.published` (YYYY-MM or YYYY-MM-DD), with which the extraction
 * is run again so the report's figures get real periods.
 */
import { unknownYearMonths } from '../../data/selectors';

/** The engine reads years from 1990 on (src/extract/periods.ts); development-zone reports start later. */
export const MIN_REPORT_YEAR = 1990;

export type ReportDateError =
  | { error: 'empty' }
  | { error: 'format' }
  | { error: 'range'; year: number; min: number; max: number }
  | { error: 'month'; month: number }
  | { error: 'day'; day: number; month: number };

export interface ReportDate {
  year: number;
  month?: number;
  day?: number;
}

export type ReportDateResult = ({ ok: true } & ReportDate) | ({ ok: false } & ReportDateError);

/** 二〇二三, 二零二三: a year written in Chinese digits. */
const ZH_DIGITS: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const FORMS: RegExp[] = [
  // 2023 · 2023年
  /^(\d{4})年?$/,
  // 2023-10 · 2023/10 · 2023.10 · 2023年10月
  /^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/,
  // 2023-10-15 · 2023/10/15 · 2023.10.15 · 2023年10月15日
  /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})[日号]?$/,
];

/**
 * Parse what the user typed. `thisYear` bounds the range (a report is not from the future beyond next
 * year's plan); the caller passes the clock's year, tests pass a fixed one.
 */
export function parseReportDate(raw: string, thisYear: number): ReportDateResult {
  // Full-width digits and punctuation (２０２３－１０) are the same characters to a user; spaces carry nothing.
  let s = raw.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  if (!s) return { ok: false, error: 'empty' };
  s = s.replace(/^[〇○零一二三四五六七八九]{4}(?=年|$)/, (y) => [...y].map((c) => ZH_DIGITS[c]).join(''));
  let m: RegExpExecArray | null = null;
  for (const re of FORMS) if ((m = re.exec(s))) break;
  if (!m) return { ok: false, error: 'format' };
  const year = Number(m[1]);
  const max = thisYear + 1;
  if (year < MIN_REPORT_YEAR || year > max) return { ok: false, error: 'range', year, min: MIN_REPORT_YEAR, max };
  if (m[2] === undefined) return { ok: true, year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, error: 'month', month };
  if (m[3] === undefined) return { ok: true, year, month };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { ok: false, error: 'day', day, month };
  return { ok: true, year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The publication date the extraction is run with. A full date is taken as given. A bare year says
 * which year the report's figures are about, not when it came out: the report is taken as published at
 * the end of the latest period it reports as achieved (前三季度 → September), so 今年以来 runs to the
 * same month; a text with no such period is taken as a whole-year report (December). A text already
 * re-read with an earlier date (`previous`, so its figures are no longer undated) keeps that month.
 */
export function publishedFor(d: ReportDate, undated: ReadonlyArray<{ period: string; kind: string }>, previous?: string): string {
  if (d.month !== undefined) return d.day !== undefined ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}`;
  const prevMonth = previous ? Number(/^\d{4}-(\d{2})/.exec(previous)?.[1]) : NaN;
  if (prevMonth >= 1 && prevMonth <= 12) return `${d.year}-${pad(prevMonth)}`;
  let actual = 0;
  let any = 0;
  for (const f of undated) {
    const m = unknownYearMonths(f.period);
    if (!m) continue;
    any = Math.max(any, m.m2);
    if (f.kind === 'actual') actual = Math.max(actual, m.m2);
  }
  return `${d.year}-${pad(actual || any || 12)}`;
}

/** The i18n key and parameters for a refused date (see ./messages.ts). */
export function reportDateMessage(input: string, e: ReportDateError): { key: string; params: Record<string, string | number> } {
  switch (e.error) {
    case 'empty':
      return { key: 'import.year.err.empty', params: {} };
    case 'format':
      return { key: 'import.year.err.format', params: { input: input.trim() } };
    case 'range':
      return { key: 'import.year.err.range', params: { year: e.year, min: e.min, max: e.max } };
    case 'month':
      return { key: 'import.year.err.month', params: { month: e.month } };
    case 'day':
      return { key: 'import.year.err.day', params: { day: e.day, month: e.month } };
  }
}
