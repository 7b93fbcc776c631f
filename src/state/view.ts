/**
 * What the map shows: indicator, measure, period, actual/target, as-of mode and class breaks.
 * Lives in nanostores and round-trips through the URL
 * (`?indicator=industrial_value_added&measure=yoy_pct&period=2023-01/2023-09&kind=actual&asof=1&breaks=manual:0,5,10`).
 *
 * Reading the URL happens in two steps because validity depends on the data:
 *   parseViewParams  — syntax only (zod), before atlas.json has loaded;
 *   resolveView      — against the catalogue and periods; unknown values fall back to defaults
 *                      and produce a notice the page shows, never a crash.
 */
import { atom } from 'nanostores';
import { z } from 'zod';
import { BreakMethodSchema, MAX_CLASSES, type BreakSpec } from '../map/encodings';
import { PeriodSchema } from '../extract/schema';
import {
  defaultIndicator,
  findIndicator,
  indicatorLabel,
  measureLabel,
  type CatalogueGroup,
} from '../data/indicators';
import { defaultPeriod, periodLabel } from '../data/selectors';
import type { AtlasFact } from '../data/schemas';

export const VIEW_PARAMS = ['indicator', 'measure', 'period', 'kind', 'asof', 'breaks'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

export const ViewKindSchema = z.enum(['actual', 'target']);
export type ViewKind = z.infer<typeof ViewKindSchema>;

export interface ViewState {
  indicator: string;
  measure: string;
  period: string;
  kind: ViewKind;
  asof: boolean;
  breaks: BreakSpec;
}

export interface ViewNotice {
  param: ViewParam;
  value: string;
  zh: string;
  en: string;
}

/* ---------- breaks: `quantile` | `equal` | `manual:1,2.5,10` ---------- */

const NumberListSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?)*$/, 'manual breaks are numbers separated by commas')
  .transform((s) => s.split(',').map(Number))
  .refine((a) => a.length <= MAX_CLASSES - 1, `at most ${MAX_CLASSES - 1} breaks (${MAX_CLASSES} classes)`)
  .refine((a) => a.every((x, i) => i === 0 || x > a[i - 1]), 'manual breaks must increase');

export function parseBreaks(raw: string): { ok: true; value: BreakSpec } | { ok: false; error: string } {
  const [method, rest] = raw.includes(':') ? [raw.slice(0, raw.indexOf(':')), raw.slice(raw.indexOf(':') + 1)] : [raw, undefined];
  const m = BreakMethodSchema.safeParse(method);
  if (!m.success) return { ok: false, error: `unknown method “${method}”` };
  if (m.data !== 'manual') {
    return rest === undefined ? { ok: true, value: { method: m.data } } : { ok: false, error: `${m.data} takes no values` };
  }
  const list = NumberListSchema.safeParse(rest ?? '');
  if (!list.success) return { ok: false, error: list.error.issues[0]?.message ?? 'bad manual breaks' };
  return { ok: true, value: { method: 'manual', manual: list.data } };
}

export function serializeBreaks(b: BreakSpec): string {
  return b.method === 'manual' ? `manual:${(b.manual ?? []).join(',')}` : b.method;
}

/* ---------- step 1: syntax ---------- */

export interface ParsedView {
  values: Partial<ViewState>;
  notices: ViewNotice[];
}

const SYNTAX: Record<ViewParam, (raw: string) => { ok: true; value: unknown } | { ok: false; error: string }> = {
  indicator: (r) => (/^[a-z][a-z0-9_]*$/.test(r) ? { ok: true, value: r } : { ok: false, error: 'not an indicator key' }),
  measure: (r) => (/^[a-z][a-z0-9_]*$/.test(r) ? { ok: true, value: r } : { ok: false, error: 'not a measure key' }),
  period: (r) => {
    const p = PeriodSchema.safeParse(r);
    return p.success ? { ok: true, value: p.data } : { ok: false, error: 'period must look like 2023-01/2023-09' };
  },
  kind: (r) => {
    const k = ViewKindSchema.safeParse(r);
    return k.success ? { ok: true, value: k.data } : { ok: false, error: 'kind is actual or target' };
  },
  asof: (r) => (r === '0' || r === '1' ? { ok: true, value: r === '1' } : { ok: false, error: 'asof is 0 or 1' }),
  breaks: parseBreaks,
};

const PARAM_NAMES_ZH: Record<ViewParam, string> = {
  indicator: '指标',
  measure: '度量',
  period: '时期',
  kind: '实际/目标',
  asof: '“截至”模式',
  breaks: '分级方式',
};

function notice(param: ViewParam, value: string, whyEn: string, fallbackZh: string, fallbackEn: string): ViewNotice {
  return {
    param,
    value,
    zh: `链接参数 ${param}=“${value}”无效（${PARAM_NAMES_ZH[param]}），已改用${fallbackZh}。`,
    en: `URL parameter ${param}="${value}" is invalid (${whyEn}); showing ${fallbackEn} instead.`,
  };
}

export function parseViewParams(params: URLSearchParams): ParsedView {
  const values: Record<string, unknown> = {};
  const notices: ViewNotice[] = [];
  for (const name of VIEW_PARAMS) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    const r = SYNTAX[name](raw);
    if (r.ok) values[name] = r.value;
    else notices.push(notice(name, raw, r.error, '默认值', 'the default'));
  }
  return { values: values as Partial<ViewState>, notices };
}

/* ---------- step 2: against the data ---------- */

export interface ViewContext {
  catalogue: readonly CatalogueGroup[];
  periods: readonly string[];
  facts: readonly AtlasFact[];
}

export const DEFAULT_BREAKS: BreakSpec = { method: 'quantile' };

export function resolveView(parsed: ParsedView, ctx: ViewContext): { state: ViewState; notices: ViewNotice[] } {
  const notices = [...parsed.notices];
  const v = parsed.values;
  const def = defaultIndicator(ctx.catalogue);

  // Only values that came from the URL or the user earn a notice; defaults that the data cannot
  // fill (an atlas without facts) fall back silently.
  let indicator = v.indicator ?? def.indicator;
  let ind = findIndicator(ctx.catalogue, indicator);
  if (!ind || ind.measures.length === 0) {
    if (v.indicator !== undefined && v.indicator !== def.indicator)
      notices.push(
        notice('indicator', indicator, ind ? 'no data for this indicator' : 'unknown indicator',
          `默认指标（${indicatorLabel(def.indicator, 'zh')}）`, `the default indicator (${indicatorLabel(def.indicator, 'en')})`),
      );
    indicator = def.indicator;
    ind = findIndicator(ctx.catalogue, indicator);
  }
  const measures = ind && ind.measures.length ? ind.measures : [def.measure];
  let measure = v.measure ?? measures[0];
  if (!measures.includes(measure)) {
    if (v.measure !== undefined)
      notices.push(
        notice('measure', measure, 'not available for this indicator',
          `“${measureLabel(indicator, measures[0], 'zh')}”`, `"${measureLabel(indicator, measures[0], 'en')}"`),
      );
    measure = measures[0];
  }
  const kind: ViewKind = v.kind ?? 'actual';
  const fallback = defaultPeriod(ctx.facts, ctx.periods, { indicator, measure, kind });
  let period = v.period ?? fallback;
  if (!ctx.periods.includes(period)) {
    if (v.period !== undefined)
      notices.push(
        notice('period', period, 'no report covers this period',
          fallback ? `最近的时期（${periodLabel(fallback, 'zh')}）` : '默认时期',
          fallback ? `the latest period (${periodLabel(fallback, 'en')})` : 'the default period'),
      );
    period = fallback;
  }
  return {
    state: { indicator, measure, period, kind, asof: v.asof ?? false, breaks: v.breaks ?? DEFAULT_BREAKS },
    notices,
  };
}

/** URL parameters for a state. Everything that shapes the view is written, so a copied link reproduces it. */
export function serializeView(s: ViewState): Record<ViewParam, string | null> {
  return {
    indicator: s.indicator,
    measure: s.measure,
    period: s.period,
    kind: s.kind,
    asof: s.asof ? '1' : null,
    breaks: s.breaks.method === 'quantile' ? null : serializeBreaks(s.breaks),
  };
}

/* ---------- stores ---------- */

/*
 * Raw stores hold what the URL or the user asked for; '' means "the default for the data"
 * (first indicator with data, its preferred measure, its latest period). The view actually
 * shown is resolved against the atlas in $resolvedView, so a bad value in the URL never breaks
 * the page and never rewrites the address bar behind the user's back.
 */
export const $indicator = atom<string>('');
export const $measure = atom<string>('');
export const $period = atom<string>('');
export const $kind = atom<ViewKind>('actual');
export const $asof = atom<boolean>(false);
export const $breaks = atom<BreakSpec>(DEFAULT_BREAKS);
/** Play mode on the period slider (not in the URL: a link opens paused). */
export const $playing = atom<boolean>(false);

/** The raw stores as a parse result, so resolveView() treats user/URL input one way. */
export function rawView(): ParsedView {
  const values: Partial<ViewState> = { kind: $kind.get(), asof: $asof.get(), breaks: $breaks.get() };
  if ($indicator.get()) values.indicator = $indicator.get();
  if ($measure.get()) values.measure = $measure.get();
  if ($period.get()) values.period = $period.get();
  return { values, notices: [] };
}

export function setView(s: Partial<ViewState>): void {
  if (s.indicator !== undefined) $indicator.set(s.indicator);
  if (s.measure !== undefined) $measure.set(s.measure);
  if (s.period !== undefined) $period.set(s.period);
  if (s.kind !== undefined) $kind.set(s.kind);
  if (s.asof !== undefined) $asof.set(s.asof);
  if (s.breaks !== undefined) $breaks.set(s.breaks);
}

/** Switch indicator, keeping the measure if the new indicator has it, else its preferred one. */
export function chooseIndicator(catalogue: readonly CatalogueGroup[], indicator: string, currentMeasure: string): void {
  const ind = findIndicator(catalogue, indicator);
  if (!ind || ind.measures.length === 0) return;
  const measure = ind.measures.includes(currentMeasure) ? currentMeasure : ind.measures[0];
  // Manual breaks belong to one indicator's numbers; a new indicator starts from quantiles.
  const breaks = $breaks.get().method === 'manual' ? DEFAULT_BREAKS : $breaks.get();
  setView({ indicator, measure, breaks });
}

/** Syntax check of one URL value, for the app's URL parameter table: undefined = invalid. */
export function parseViewParam(name: ViewParam, raw: string): unknown {
  const r = SYNTAX[name](raw);
  return r.ok ? r.value : undefined;
}
