/**
 * What presentation mode adds to the map column: a title line in big letters (indicator,
 * measure, unit, period, actual/target) with the key hints, and — when cities are being
 * compared — the comparison chart, large, at the map's side. The map is refitted to Shanxi
 * whenever its room changes, so the province stays whole on the projector.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $atlas, $boundaries, $lang, $map, $mapReady } from '../../state/stores';
import { $mode } from '../../state/mode';
import { $view } from '../../state/view-data';
import { $compareCities, COMPARE_MIN } from '../../state/compare';
import { indicatorLabel, measureLabel } from '../../data/indicators';
import { dominantUnit, periodLabel } from '../../data/selectors';
import { shanxiBounds } from '../../map/createMap';
import { CompareChart } from '../compare/CompareChart';
import { useT } from '../i18n';
import { startPresentationKeys } from './present';
import '../compare/messages';
import './present.css';

type MaxBounds = ReturnType<NonNullable<ReturnType<typeof $map.get>>['getMaxBounds']>;
/** The map's own pan limit, lifted while presenting (see fitShanxi) and put back on leaving. */
let savedMaxBounds: { map: object; bounds: MaxBounds } | null = null;

/** Fit Shanxi into the map, clear of the legend in the bottom-left corner. */
function fitShanxi(): void {
  const map = $map.get();
  const b = $boundaries.get();
  if (!map || !b) return;
  // The normal pan limit stops the map from moving Shanxi clear of the big legend on a narrow
  // screen; the presenter does not pan anyway.
  if (!savedMaxBounds || savedMaxBounds.map !== map) {
    savedMaxBounds = { map, bounds: map.getMaxBounds() };
    map.setMaxBounds(null);
  }
  const box = map.getContainer().getBoundingClientRect();
  const corner = map.getContainer().parentElement?.querySelector('.map-corner--bottom-left')?.getBoundingClientRect();
  // The legend sits over the map: keep the (tall, narrow) province to its right when there is room.
  const left = corner && box.width - corner.width - 40 > 220 ? corner.width + 16 : 24;
  map.resize();
  map.fitBounds(shanxiBounds(b), { padding: { top: 24, bottom: 24, right: 24, left }, animate: false });
}

/**
 * While presenting, refit whenever the map's room changes (title line, comparison chart, window
 * or full-screen size); on leaving, refit once more for the normal layout.
 */
function refitOnResize(): () => void {
  let timer = 0;
  let observed: HTMLElement | null = null;
  const schedule = () => {
    clearTimeout(timer);
    timer = window.setTimeout(fitShanxi, 80);
  };
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  const watch = (map: { getContainer(): HTMLElement } | null) => {
    if (observed) ro?.unobserve(observed);
    observed = map ? map.getContainer() : null;
    if (observed) ro?.observe(observed);
    schedule();
  };
  const unsub = $map.subscribe(watch);
  const unready = $mapReady.listen((r) => r && schedule());
  return () => {
    unsub();
    unready();
    ro?.disconnect();
    clearTimeout(timer);
    // Back to the normal layout: one refit once the side panel is back.
    window.setTimeout(() => {
      const map = $map.get();
      const b = $boundaries.get();
      if (!map || !b || $mode.get() === 'present') return;
      if (savedMaxBounds?.map === map) map.setMaxBounds(savedMaxBounds.bounds);
      savedMaxBounds = null;
      map.resize();
      map.fitBounds(shanxiBounds(b), { padding: 24, animate: false });
    }, 80);
  };
}

export function PresentTitle() {
  const t = useT();
  const lang = useStore($lang);
  const view = useStore($view);
  const atlas = useStore($atlas);
  useEffect(() => startPresentationKeys(), []);
  useEffect(() => refitOnResize(), []);
  if (!view) return null;
  const unit = atlas ? dominantUnit(atlas.facts, view.indicator, view.measure) : '';
  return (
    <div class="present-title" data-testid="present-title">
      <h2>
        {indicatorLabel(view.indicator, lang)} · {measureLabel(view.indicator, view.measure, lang)}
        {unit && <span class="present-unit">{lang === 'zh' ? `（${unit}）` : ` (${unit})`}</span>}
        <span class="present-period">
          {' · '}
          <span data-testid="present-period">{periodLabel(view.period, lang)}</span> · {t(`view.kind.${view.kind}`)}
        </span>
      </h2>
      <p class="present-keys">{t('present.keys')}</p>
    </div>
  );
}

export function PresentCompare() {
  const compare = useStore($compareCities);
  if (compare.length < COMPARE_MIN) return null;
  return (
    <aside class="present-compare" data-testid="present-compare">
      <CompareChart large />
    </aside>
  );
}
