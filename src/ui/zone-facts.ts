/**
 * Pure helpers behind the zone and city panels: which facts belong to a feature, grouped by period,
 * and how one number is written (Intl.NumberFormat zh-CN, unit as printed, growth with its sign).
 */
import type { Atlas, AtlasFact } from '../data/schemas';
import { comparePeriods } from '../data/join';
import { INDICATORS } from '../data/indicators';
import { periodYearKnown } from '../data/selectors';

export type Lang = 'zh' | 'en';

const INDICATOR_ORDER = new Map(INDICATORS.map((d, i) => [d.key, i]));
const MEASURE_ORDER = ['value', 'count', 'investment', 'yoy_pct', 'share_pct', 'rate_pct', 'area_mu'];

export interface PeriodGroup {
  period: string;
  facts: AtlasFact[];
}

/**
 * Facts grouped by period (latest period first; periods whose year the report does not give, 年份不详,
 * last), each group in indicator-catalogue order, actual before target.
 */
export function groupByPeriod(facts: readonly AtlasFact[]): PeriodGroup[] {
  const by = new Map<string, AtlasFact[]>();
  for (const f of facts) {
    const list = by.get(f.period) ?? [];
    list.push(f);
    by.set(f.period, list);
  }
  const order = (f: AtlasFact) => [
    INDICATOR_ORDER.get(f.indicator) ?? INDICATORS.length,
    f.kind === 'actual' ? 0 : 1,
    MEASURE_ORDER.indexOf(f.measure) < 0 ? MEASURE_ORDER.length : MEASURE_ORDER.indexOf(f.measure),
  ];
  return [...by.entries()]
    .sort(([a], [b]) => Number(periodYearKnown(b)) - Number(periodYearKnown(a)) || comparePeriods(b, a))
    .map(([period, list]) => ({
      period,
      facts: [...list].sort((a, b) => {
        const oa = order(a);
        const ob = order(b);
        return oa[0] - ob[0] || oa[1] - ob[1] || oa[2] - ob[2] || a.indicator.localeCompare(b.indicator) || a.source.start - b.source.start;
      }),
    }));
}

/** A zone's own facts, and the group facts it is a member of (with those of reports that give no year). */
export function factsForZone(atlas: Pick<Atlas, 'facts' | 'undated'>, zoneId: string): { own: AtlasFact[]; groups: AtlasFact[] } {
  const own: AtlasFact[] = [];
  const groups: AtlasFact[] = [];
  for (const f of [...atlas.facts, ...(atlas.undated ?? [])]) {
    if (f.subject_id === zoneId) own.push(f);
    else if (f.member_ids?.includes(zoneId)) groups.push(f);
  }
  return { own, groups };
}

/** Facts reported for the city as a whole (subject_id = its adcode), with those of reports that give no year. */
export function factsForCity(atlas: Pick<Atlas, 'facts' | 'undated'>, adcode: string): AtlasFact[] {
  return [...atlas.facts, ...(atlas.undated ?? [])].filter((f) => f.subject_id === adcode);
}

const FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, signed: boolean): Intl.NumberFormat {
  const k = `${lang}:${signed}`;
  let nf = FORMATS.get(k);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4, signDisplay: signed ? 'exceptZero' : 'auto' });
    FORMATS.set(k, nf);
  }
  return nf;
}

/**
 * 112.78 亿元, +2.7%, −21.8%, 约 11%. Growth rates carry their sign so a fall reads as a fall;
 * percentages sit on the number, other units after a space.
 */
export function formatFactValue(f: Pick<AtlasFact, 'value' | 'unit' | 'measure' | 'approx'>, lang: Lang): string {
  const n = numberFormat(lang, f.measure === 'yoy_pct').format(f.value);
  const sep = f.unit === '%' || f.unit === '' ? '' : ' ';
  const pre = f.approx ? (lang === 'zh' ? '约 ' : '≈ ') : '';
  return `${pre}${n}${sep}${f.unit}`;
}
