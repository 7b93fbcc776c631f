/**
 * The indicator view's entries in the app's URL parameter table (url-params.ts).
 * Parsing here is syntax only; whether an indicator/measure/period exists in the data is decided
 * when the atlas has loaded ($resolvedView), with a notice for anything unknown.
 */
import { urlParam, type AnyUrlParam } from './url';
import { addMessages } from '../ui/i18n';
import {
  $asof,
  $breaks,
  $indicator,
  $kind,
  $measure,
  $period,
  DEFAULT_BREAKS,
  parseViewParam,
  serializeBreaks,
  type ViewKind,
} from './view';
import type { BreakSpec } from '../map/encodings';

const identity = (v: string) => v;

export const VIEW_URL_PARAMS: AnyUrlParam[] = [
  // Indicator and measure are what a user "navigates" to: Back undoes them.
  urlParam<string>({ key: 'indicator', store: $indicator, default: '', parse: (r) => parseViewParam('indicator', r) as string | undefined, format: identity, hintKey: 'url.indicator.hint' }),
  urlParam<string>({ key: 'measure', store: $measure, default: '', parse: (r) => parseViewParam('measure', r) as string | undefined, format: identity, hintKey: 'url.measure.hint' }),
  // Period steps (and play) replace the entry so Back is not flooded with one entry per step.
  urlParam<string>({ key: 'period', store: $period, default: '', parse: (r) => parseViewParam('period', r) as string | undefined, format: identity, history: 'replace', hintKey: 'url.period.hint' }),
  urlParam<ViewKind>({ key: 'kind', store: $kind, default: 'actual', parse: (r) => parseViewParam('kind', r) as ViewKind | undefined, format: identity, history: 'replace', hintKey: 'url.kind.hint' }),
  urlParam<boolean>({ key: 'asof', store: $asof, default: false, parse: (r) => parseViewParam('asof', r) as boolean | undefined, format: (v) => (v ? '1' : '0'), history: 'replace', hintKey: 'url.asof.hint' }),
  urlParam<BreakSpec>({ key: 'breaks', store: $breaks, default: DEFAULT_BREAKS, parse: (r) => parseViewParam('breaks', r) as BreakSpec | undefined, format: serializeBreaks, history: 'replace', hintKey: 'url.breaks.hint' }),
];

addMessages({
  zh: {
    'url.indicator.hint': 'indicator 应为指标代码，例如 industrial_value_added。',
    'url.measure.hint': 'measure 可为 value、yoy_pct、count、investment、rate_pct、share_pct、area_mu。',
    'url.period.hint': 'period 形如 2023-01/2023-09（2023年1–9月）。',
    'url.kind.hint': 'kind 可为 actual（实际）或 target（目标）。',
    'url.asof.hint': 'asof 可为 0 或 1。',
    'url.breaks.hint': 'breaks 可为 quantile、equal 或 manual:0,5,10（递增，最多 6 个断点）。',
  },
  en: {
    'url.indicator.hint': 'indicator must be an indicator key such as industrial_value_added.',
    'url.measure.hint': 'measure is value, yoy_pct, count, investment, rate_pct, share_pct or area_mu.',
    'url.period.hint': 'period looks like 2023-01/2023-09 (Jan–Sep 2023).',
    'url.kind.hint': 'kind is actual or target.',
    'url.asof.hint': 'asof is 0 or 1.',
    'url.breaks.hint': 'breaks is quantile, equal or manual:0,5,10 (increasing, at most 6 breaks).',
  },
});
