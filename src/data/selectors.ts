/**
 * Pure selectors from the joined facts to what the map draws: the value of each feature for an
 * indicator / measure / period / kind, with "as of" resolution for sparse reports, period labels,
 * series for sparklines. No DOM, no map: unit-tested in Node.
 */
import type { AtlasFact } from './schemas';
import { isMapped, type Lang } from './indicators';
import { parsePeriod, periodYearKnown, unknownYearMonths, type PeriodParts } from '../extract/period-string';

/* ---------- periods ---------- */

// One reading of the period string for the engine and the app: src/extract/period-string.ts imports nothing, so the
// main bundle never loads the engine through it. A period without a real year (`XXXX-01/XXXX-09`, a report that
// states no year anywhere) has months but no place on the timeline: it never enters time slices, choropleths,
// breaks or sparklines.
export { parsePeriod, periodYearKnown, unknownYearMonths, type PeriodParts };

/** By end month, then start month (later start = shorter interval = after), as atlas.periods are sorted. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  // A period without a year comes after every dated one (never between them), then by its text.
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  return pa.y2 * 12 + pa.m2 - (pb.y2 * 12 + pb.m2) || pa.y1 * 12 + pa.m1 - (pb.y1 * 12 + pb.m1);
}

/**
 * The period `step` places away from `current` in `periods` (clamped to the list), or null when there is
 * none (at an end: play stops, an arrow key does nothing). One function for the slider's play and the
 * presenter's ←/→ keys. A `current` that is not in the list (no period chosen yet, or the data changed
 * under it) is treated as standing just outside the list in the direction of travel, as a slide deck
 * that has not started: forward enters at the first period, backward at the last.
 */
export function stepPeriod(periods: readonly string[], current: string, step: number): string | null {
  if (periods.length === 0 || step === 0) return null;
  const i = periods.indexOf(current);
  if (i < 0) return step > 0 ? periods[0] : periods[periods.length - 1];
  const j = Math.min(periods.length - 1, Math.max(0, i + step));
  return j === i ? null : periods[j];
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Named year-to-date intervals, as the reports say them. Table: [m1, m2] → label. */
const NAMED_INTERVALS: ReadonlyArray<{ m1: number; m2: number; zh: string; en: (y: number) => string }> = [
  { m1: 1, m2: 12, zh: '全年', en: (y) => `Full year ${y}` },
  { m1: 1, m2: 6, zh: '上半年', en: (y) => `H1 ${y}` },
];

/** Months as the reports say them, for a period whose year the report does not give. */
const UNDATED_INTERVALS: ReadonlyArray<{ m1: number; m2: number; zh: string; en: string }> = [
  { m1: 1, m2: 12, zh: '全年', en: 'full year' },
  { m1: 1, m2: 9, zh: '前三季度', en: 'Q1–Q3' },
  { m1: 1, m2: 6, zh: '上半年', en: 'H1' },
  { m1: 7, m2: 12, zh: '下半年', en: 'H2' },
  { m1: 1, m2: 3, zh: '一季度', en: 'Q1' },
];

/** 年份不详 · 前三季度 · 年份不详 · 1–10月 (en: Year unknown · Q1–Q3 · Year unknown · Jan–Oct). */
function undatedLabel(p: string, lang: Lang): string | null {
  const q = unknownYearMonths(p);
  if (!q) return null;
  const { m1, m2 } = q;
  const named = UNDATED_INTERVALS.find((n) => n.m1 === m1 && n.m2 === m2);
  const months = named
    ? named[lang]
    : m1 === m2
      ? lang === 'zh' ? `${m1}月` : EN_MONTHS[m1 - 1]
      : lang === 'zh' ? `${m1}–${m2}月` : `${EN_MONTHS[m1 - 1]}–${EN_MONTHS[m2 - 1]}`;
  return lang === 'zh' ? `年份不详 · ${months}` : `Year unknown · ${months}`;
}

/**
 * 2023年1–9月 · 2023年上半年 · 2023年全年 · 2023年5月 (en: Jan–Sep 2023 · H1 2023 · Full year 2023);
 * a period without a year: 年份不详 · 前三季度 (en: Year unknown · Q1–Q3).
 */
export function periodLabel(p: string, lang: Lang = 'zh'): string {
  const q = parsePeriod(p);
  if (!q) return undatedLabel(p, lang) ?? p;
  const { y1, m1, y2, m2 } = q;
  if (y1 === y2) {
    const named = NAMED_INTERVALS.find((n) => n.m1 === m1 && n.m2 === m2);
    if (named) return lang === 'zh' ? `${y1}年${named.zh}` : named.en(y1);
    if (m1 === m2) return lang === 'zh' ? `${y1}年${m1}月` : `${EN_MONTHS[m1 - 1]} ${y1}`;
    return lang === 'zh' ? `${y1}年${m1}–${m2}月` : `${EN_MONTHS[m1 - 1]}–${EN_MONTHS[m2 - 1]} ${y1}`;
  }
  return lang === 'zh'
    ? `${y1}年${m1}月–${y2}年${m2}月`
    : `${EN_MONTHS[m1 - 1]} ${y1}–${EN_MONTHS[m2 - 1]} ${y2}`;
}

/**
 * Slider tick: the interval without its year (上半年 / 1–9月 / 全年), and the year on its own line
 * only where it changes, so ticks stay short enough to sit side by side.
 */
export function periodTick(p: string, prev: string | undefined, lang: Lang = 'zh'): { year: string | null; label: string } {
  const q = parsePeriod(p);
  if (!q || q.y1 !== q.y2) return { year: null, label: periodLabel(p, lang) };
  const full = periodLabel(p, lang);
  const label = lang === 'zh' ? full.replace(/^\d{4}年/, '') : full.replace(/ \d{4}$/, '');
  const pq = prev ? parsePeriod(prev) : null;
  const year = pq && pq.y2 === q.y2 ? null : lang === 'zh' ? `${q.y2}年` : String(q.y2);
  return { year, label };
}

/* ---------- units ---------- */

/**
 * Units of one quantity at two scales: `large` = `ratio` × `small`. Amounts printed in 万元 where the
 * indicator is in 亿元 are converted so one scale fits all; each pair converts both ways.
 */
const UNIT_SCALES: ReadonlyArray<{ large: string; small: string; ratio: number }> = [
  { large: '亿元', small: '万元', ratio: 1e4 },
  // Province and national totals are printed in 万亿元 and kept so (facts.md: units as printed).
  { large: '万亿元', small: '亿元', ratio: 1e4 },
  // Market entities are counted in 户 by zones and in 万户 by large ones (facts.md: units as printed).
  { large: '万户', small: '户', ratio: 1e4 },
  // Enterprise counts of a province or the country are printed in 万家 (facts.md: units as printed).
  { large: '万家', small: '家', ratio: 1e4 },
];

export function convertUnit(value: number, from: string, to: string): number | null {
  // A full-width ％ is a spelling of %, not a scale (converted one way only, as before).
  if (from === to || (from === '％' && to === '%')) return value;
  for (const u of UNIT_SCALES) {
    if (u.large === from && u.small === to) return value * u.ratio;
    if (u.small === from && u.large === to) return value / u.ratio;
  }
  return null;
}

/** The unit most facts of this indicator/measure use (ties: larger money unit 亿元 wins). */
export function dominantUnit(facts: readonly AtlasFact[], indicator: string, measure: string): string {
  const counts = new Map<string, number>();
  for (const f of facts)
    if (f.indicator === indicator && f.measure === measure) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  let best = '';
  let n = -1;
  for (const [u, c] of counts) if (c > n || (c === n && u === '亿元')) [best, n] = [u, c];
  return best;
}

/* ---------- values by feature ---------- */

export type ViewKind = 'actual' | 'target';

export interface ViewQuery {
  indicator: string;
  measure: string;
  period: string;
  kind: ViewKind;
  /** Use each feature's most recent value at or before `period`. */
  asof: boolean;
}

export interface FeatureValue {
  subject_id: string;
  scope: 'zone' | 'city';
  value: number;
  unit: string;
  /** Period the value is from (differs from the query's in as-of mode). */
  period: string;
  /** True when the value comes from an earlier period than the one selected. */
  older: boolean;
  approx: boolean;
  kind: ViewKind;
  fact: AtlasFact;
  /** Other facts for the same feature and period that disagree (conflicting reports). */
  alternatives: number;
}

function matches(f: AtlasFact, q: Pick<ViewQuery, 'indicator' | 'measure' | 'kind'>): boolean {
  return f.indicator === q.indicator && f.measure === q.measure && f.kind === q.kind && isMapped(f) && periodYearKnown(f.period);
}

/** Exact values preferred to approximate ones (余/约); otherwise the first reported. */
function pick(candidates: readonly AtlasFact[]): AtlasFact {
  return candidates.find((f) => !f.approx) ?? candidates[0];
}

/**
 * Values for every mapped feature. In as-of mode a feature without a value for `period` takes its
 * latest earlier one and is flagged `older`; features with nothing at or before stay absent (no data).
 */
export function selectValues(facts: readonly AtlasFact[], q: ViewQuery): Map<string, FeatureValue> {
  // A slice is a dated period; one without a year (never offered, but possible in a typed URL) selects nothing.
  if (!periodYearKnown(q.period)) return new Map();
  const unit = dominantUnit(facts, q.indicator, q.measure);
  // subject → facts at the latest usable period
  const best = new Map<string, AtlasFact[]>();
  for (const f of facts) {
    if (!matches(f, q)) continue;
    const cmp = comparePeriods(f.period, q.period);
    if (cmp > 0 || (cmp !== 0 && !q.asof)) continue;
    if (convertUnit(f.value, f.unit, unit) === null) continue; // not on this scale: left out, not guessed
    const cur = best.get(f.subject_id);
    const c = cur ? comparePeriods(f.period, cur[0].period) : 1;
    if (c > 0) best.set(f.subject_id, [f]);
    else if (c === 0) cur!.push(f);
  }
  const out = new Map<string, FeatureValue>();
  for (const [subject_id, candidates] of best) {
    const f = pick(candidates);
    const value = convertUnit(f.value, f.unit, unit)!;
    out.set(subject_id, {
      subject_id,
      scope: f.scope as 'zone' | 'city',
      value,
      unit,
      period: f.period,
      older: comparePeriods(f.period, q.period) < 0,
      approx: f.approx,
      kind: f.kind,
      fact: f,
      alternatives: candidates.filter((c) => convertUnit(c.value, c.unit, unit) !== value).length,
    });
  }
  return out;
}

/** Every drawable value of the indicator/measure over ALL periods and both kinds: the basis of class breaks. */
export function allValues(facts: readonly AtlasFact[], indicator: string, measure: string): number[] {
  const unit = dominantUnit(facts, indicator, measure);
  const out: number[] = [];
  for (const f of facts) {
    if (f.indicator !== indicator || f.measure !== measure || !isMapped(f) || !periodYearKnown(f.period)) continue;
    const v = convertUnit(f.value, f.unit, unit);
    if (v !== null) out.push(v);
  }
  return out;
}

/** Periods (of the given list) where the indicator/measure/kind has at least one mapped value. */
export function periodsWithData(
  facts: readonly AtlasFact[],
  periods: readonly string[],
  q: Pick<ViewQuery, 'indicator' | 'measure' | 'kind'>,
): Set<string> {
  const have = new Set<string>();
  for (const f of facts) if (matches(f, q)) have.add(f.period);
  return new Set(periods.filter((p) => have.has(p)));
}

/** The period a fresh view opens on: the latest with actual data for the indicator, else the latest. */
export function defaultPeriod(
  facts: readonly AtlasFact[],
  periods: readonly string[],
  q: Pick<ViewQuery, 'indicator' | 'measure' | 'kind'>,
): string {
  const have = periodsWithData(facts, periods, q);
  const withData = periods.filter((p) => have.has(p));
  const dated = periods.filter(periodYearKnown);
  return withData[withData.length - 1] ?? dated[dated.length - 1] ?? '';
}

export interface SeriesPoint {
  period: string;
  value: number | null;
  approx: boolean;
}

/** One feature's values over all periods (null where the reports say nothing): the sparkline. */
export function seriesFor(
  facts: readonly AtlasFact[],
  periods: readonly string[],
  subjectId: string,
  q: Pick<ViewQuery, 'indicator' | 'measure' | 'kind'>,
): SeriesPoint[] {
  return periods.filter(periodYearKnown).map((period) => {
    const v = selectValues(
      facts.filter((f) => f.subject_id === subjectId),
      { ...q, period, asof: false },
    ).get(subjectId);
    return { period, value: v ? v.value : null, approx: v ? v.approx : false };
  });
}

/* ---------- numbers ---------- */

const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** 112.78 亿元 · -21.8% (a real minus sign so a fall reads as a fall) · 约 11%. */
export function formatValue(value: number, unit: string, lang: Lang = 'zh', approx = false): string {
  const n = NUMBER_FORMATS[lang].format(Math.abs(value));
  const sign = value < 0 ? '−' : '';
  const sep = unit === '%' || unit === '' ? '' : ' ';
  const pre = approx ? (lang === 'zh' ? '约 ' : '≈ ') : '';
  return `${pre}${sign}${n}${sep}${unit}`;
}

export function formatNumber(value: number, lang: Lang = 'zh'): string {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  return (value < 0 ? '−' : '') + NUMBER_FORMATS[lang].format(Math.abs(value));
}
