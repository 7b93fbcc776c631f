/**
 * The period string every fact carries ("2023-01/2023-09", or "XXXX-01/XXXX-09" when the text never says its year:
 * ISO 8601-2 unspecified digits), read the same way by the engine and the app.
 *
 * NO IMPORTS: the app's main bundle imports this module (src/data/selectors.ts), and anything it imported would be
 * pulled into that bundle with it — the engine and its opencc dictionaries load only in the import worker.
 */

/** The year written for a period whose year is unknown (ISO 8601-2 unspecified digits). */
export const UNKNOWN_YEAR = 'XXXX';

export interface PeriodParts {
  y1: number;
  m1: number;
  y2: number;
  m2: number;
}

const PERIOD_RE = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;

/** A period with real years and months 1–12, else null. */
export function parsePeriod(p: string): PeriodParts | null {
  const m = PERIOD_RE.exec(p);
  if (!m) return null;
  const [y1, m1, y2, m2] = m.slice(1).map(Number);
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
  return { y1, m1, y2, m2 };
}

/**
 * True when a period has a real year. `XXXX-01/XXXX-09` → false: the months are known, the year is not (a text
 * that never says its year); such figures have no place on the timeline.
 */
export function periodYearKnown(p: string): boolean {
  return parsePeriod(p) !== null;
}

const MONTHS_RE = /^(\d{4}|XXXX)-(\d{2})\/(\d{4}|XXXX)-(\d{2})$/;

/** The months of a period, with its years when known: `XXXX-01/XXXX-09` → { fromMonth 1, toMonth 9, years null }. */
export function periodMonths(p: string): { fromYear: number | null; fromMonth: number; toYear: number | null; toMonth: number } | null {
  const m = MONTHS_RE.exec(p);
  if (!m) return null;
  const yr = (s: string) => (s === UNKNOWN_YEAR ? null : Number(s));
  return { fromYear: yr(m[1]), fromMonth: Number(m[2]), toYear: yr(m[3]), toMonth: Number(m[4]) };
}

/** The months 1–12 of a period whose year is unspecified (`XXXX-01/XXXX-09` → 1, 9), else null. */
export function unknownYearMonths(p: string): { m1: number; m2: number } | null {
  const m = periodMonths(p);
  if (!m || m.fromYear !== null || m.toYear !== null) return null;
  const { fromMonth: m1, toMonth: m2 } = m;
  return m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 ? { m1, m2 } : null;
}
