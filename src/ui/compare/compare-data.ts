/**
 * Pure model of the city comparison: which bars each compared city gets for the map's view
 * (its city-wide figure, then each of its zones with a value), one common scale for all bars,
 * and the table of every city-wide figure of the compared cities for the period. No DOM: tested
 * in Node (tests/unit/compare.test.ts).
 */
import type { AtlasFact, Zone } from '../../data/schemas';
import { comparePeriods, selectValues, type FeatureValue, type ViewQuery } from '../../data/selectors';
import { INDICATORS } from '../../data/indicators';
import { paletteKind } from '../../map/encodings';

export interface CompareBar {
  /** City adcode or zone id. */
  id: string;
  scope: 'city' | 'zone';
  /** Zone name (zh) for zone bars; empty for the city-wide bar (the UI says 全市 / City-wide). */
  name: string;
  nameEn: string;
  /** Null = the reports give no figure: drawn hatched as “无数据”, never as a zero bar. */
  value: FeatureValue | null;
}

export interface CompareGroup {
  adcode: string;
  bars: CompareBar[];
}

/**
 * Bars per city, in the order the cities were picked: the city-wide bar always (missing when no
 * report gives a city figure, so a gap is visible), then the city's zones that have a value,
 * largest first.
 */
export function compareGroups(
  facts: readonly AtlasFact[],
  zones: readonly Pick<Zone, 'id' | 'name' | 'name_en' | 'city_adcode'>[],
  cities: readonly string[],
  q: ViewQuery,
): CompareGroup[] {
  const values = selectValues(facts, q);
  return cities.map((adcode) => {
    const cityValue = values.get(adcode);
    const bars: CompareBar[] = [{ id: adcode, scope: 'city', name: '', nameEn: '', value: cityValue && cityValue.scope === 'city' ? cityValue : null }];
    const zoneBars: CompareBar[] = [];
    for (const z of zones) {
      if (z.city_adcode !== adcode) continue;
      const v = values.get(z.id);
      if (v) zoneBars.push({ id: z.id, scope: 'zone', name: z.name, nameEn: z.name_en, value: v });
    }
    zoneBars.sort((a, b) => b.value!.value - a.value!.value || a.id.localeCompare(b.id));
    return { adcode, bars: [...bars, ...zoneBars] };
  });
}

export interface ChartScale {
  min: number;
  max: number;
  diverging: boolean;
  /** Fraction (0..1) of the bar track where 0 sits. */
  zero: number;
}

/**
 * One scale for every bar. Bars always start at 0: growth rates (and any set with a negative
 * value) diverge from a zero line; totals run from 0 to the largest value. The ends are rounded
 * out to a "nice" number so the axis labels read well.
 */
export function chartScale(values: readonly number[], measure: string): ChartScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const diverging = paletteKind(measure, finite) === 'diverging';
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === 0 && hi === 0) hi = 1;
  lo = lo < 0 ? -niceCeil(-lo) : 0;
  hi = hi > 0 ? niceCeil(hi) : 0;
  return { min: lo, max: hi, diverging, zero: (0 - lo) / (hi - lo) };
}

/** Start and width of a bar as fractions of the track (a negative value extends left of the zero line). */
export function barExtent(value: number, s: ChartScale): { start: number; width: number } {
  const span = s.max - s.min;
  const at = (value - s.min) / span;
  return value >= 0 ? { start: s.zero, width: at - s.zero } : { start: at, width: s.zero - at };
}

/** Smallest of 1, 2, 2.5, 5 × 10^k at or above x. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x - 1e-12 * p) return m * p;
  return 10 * p;
}

/* ---------- the table of city-wide figures ---------- */

export interface TableRow {
  key: string;
  indicator: string;
  measure: string;
  kind: 'actual' | 'target';
  /** One cell per compared city (same order); null = no figure (shown as —). */
  cells: (AtlasFact | null)[];
}

const INDICATOR_ORDER = new Map(INDICATORS.map((d, i) => [d.key, i]));
const MEASURE_ORDER = ['value', 'count', 'investment', 'yoy_pct', 'share_pct', 'rate_pct', 'area_mu'];
const rank = (m: Map<string, number> | string[], k: string) => {
  const i = Array.isArray(m) ? m.indexOf(k) : (m.get(k) ?? -1);
  return i < 0 ? 1e6 : i;
};

/**
 * Every city-wide figure (scope city) of the compared cities for exactly `period`: rows
 * indicator · measure (· target), in catalogue order; exact figures preferred to approximate ones.
 */
export function cityTable(facts: readonly AtlasFact[], cities: readonly string[], period: string): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const f of facts) {
    if (f.scope !== 'city' || f.period !== period) continue;
    const col = cities.indexOf(f.subject_id);
    if (col < 0) continue;
    const key = `${f.indicator}|${f.measure}|${f.kind}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, indicator: f.indicator, measure: f.measure, kind: f.kind, cells: cities.map(() => null) };
      rows.set(key, row);
    }
    const cur = row.cells[col];
    if (!cur || (cur.approx && !f.approx)) row.cells[col] = f;
  }
  return [...rows.values()].sort(
    (a, b) =>
      rank(INDICATOR_ORDER, a.indicator) - rank(INDICATOR_ORDER, b.indicator) ||
      a.indicator.localeCompare(b.indicator) ||
      (a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1) ||
      rank(MEASURE_ORDER, a.measure) - rank(MEASURE_ORDER, b.measure),
  );
}

/** True when a bar's value is from an earlier period than the one shown (as-of mode). */
export function isOlder(v: FeatureValue, period: string): boolean {
  return comparePeriods(v.period, period) < 0;
}
