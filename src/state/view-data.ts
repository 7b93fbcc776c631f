/**
 * The view resolved against the loaded atlas, and what the map layers, legend and tooltip draw
 * from it. Split from view.ts so the URL/state logic stays testable without the app's stores.
 */
import { computed } from 'nanostores';
import { $atlas } from './stores';
import { notify, dismiss } from './notices';
import { buildCatalogue, type CatalogueGroup } from '../data/indicators';
import { allValues, dominantUnit, selectValues, type FeatureValue } from '../data/selectors';
import { encodingFor, type Encoding } from '../map/encodings';
import {
  $asof,
  $breaks,
  $indicator,
  $kind,
  $measure,
  $period,
  rawView,
  resolveView,
  VIEW_PARAMS,
  type ViewNotice,
  type ViewState,
} from './view';
import { addMessages } from '../ui/i18n';

export const $catalogue = computed($atlas, (a): CatalogueGroup[] => (a ? buildCatalogue(a.facts) : []));

export const $periods = computed($atlas, (a): string[] => (a ? a.periods : []));

export const $resolvedView = computed(
  [$indicator, $measure, $period, $kind, $asof, $breaks, $atlas, $catalogue],
  (_i, _m, _p, _k, _a, _b, atlas, catalogue): { state: ViewState; notices: ViewNotice[] } | null =>
    atlas ? resolveView(rawView(), { catalogue, periods: atlas.periods, facts: atlas.facts }) : null,
);

/** The view on screen (null until the atlas is loaded). */
export const $view = computed($resolvedView, (r) => r?.state ?? null);

let encodingKey = '';
let encodingMemo: Encoding | null = null;

/**
 * Colour classes and size scale for the indicator/measure over ALL periods. Memoised on what it
 * depends on, so stepping through periods keeps the same object and the layers only touch
 * feature-state, never paint properties.
 */
export const $encoding = computed([$view, $atlas], (v, atlas): Encoding | null => {
  if (!v || !atlas) return null;
  const key = JSON.stringify([v.indicator, v.measure, v.breaks, atlas.generated, atlas.facts.length]);
  if (key !== encodingKey || !encodingMemo) {
    encodingKey = key;
    const unit = dominantUnit(atlas.facts, v.indicator, v.measure);
    encodingMemo = encodingFor(allValues(atlas.facts, v.indicator, v.measure), v.measure, unit, v.breaks);
  }
  return encodingMemo;
});

/** Value of every mapped feature (zone id or city adcode) for the view. */
export const $featureValues = computed([$view, $atlas], (v, atlas): Map<string, FeatureValue> =>
  v && atlas ? selectValues(atlas.facts, v) : new Map(),
);

addMessages({
  zh: { 'view.notice': '{zh}' },
  en: { 'view.notice': '{en}' },
});

/** Show URL problems found while resolving the view as page notices (one per parameter). */
export function startViewNotices(): () => void {
  let shown = new Set<string>();
  return $resolvedView.subscribe((r) => {
    if (!r) return;
    const now = new Set<string>();
    for (const n of r.notices) {
      const id = `view-${n.param}`;
      now.add(id);
      if (!shown.has(id)) notify({ id, level: 'warn', key: 'view.notice', params: { zh: n.zh, en: n.en } });
    }
    // A problem the user has since fixed (by choosing another value) disappears.
    for (const id of shown) if (!now.has(id)) dismiss(id);
    shown = now;
  });
}

export { VIEW_PARAMS };
