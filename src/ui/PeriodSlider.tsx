/**
 * Period slider with Chinese labels, a play button, actual/target switch and the as-of toggle.
 *
 * The slider is a native range input: arrow keys, Home/End and screen readers work out of the
 * box; aria-valuetext speaks the period (2023年1–9月), not an index. Play steps ≥ 4 times per
 * second and stops on the last period.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $atlas, $lang } from '../state/stores';
import { $periods, $view } from '../state/view-data';
import { $asof, $kind, $period, $playing } from '../state/view';
import { periodLabel, periodTick, periodsWithData, stepPeriod } from '../data/selectors';
import { useT } from './i18n';
import './view-messages';
import './choropleth.css';

/** Milliseconds per play step: a little over 4 steps per second (the floor), so timer drift never drops below it. */
export const PLAY_STEP_MS = 240;

export function startPlay(periods: readonly string[], current: string): void {
  // Pressing play on the last period (or on none in the list) starts over from the first.
  const i = periods.indexOf(current);
  if (periods.length > 1 && (i < 0 || i === periods.length - 1)) $period.set(periods[0]);
  $playing.set(true);
}

export function PeriodSlider() {
  const t = useT();
  const lang = useStore($lang);
  const periods = useStore($periods);
  const view = useStore($view);
  const playing = useStore($playing);
  const atlas = useStore($atlas);

  useEffect(() => {
    if (!playing) return;
    // Steps are scheduled against the clock (start + k·step), not chained intervals, so a slow
    // frame delays one step instead of slowing the whole play-through.
    const start = performance.now();
    let k = 0;
    let timer = 0;
    const tick = () => {
      const cur = $view.get()?.period ?? '';
      const next = stepPeriod($periods.get(), cur, 1);
      if (next === null) {
        $playing.set(false);
        return;
      }
      $period.set(next);
      k++;
      timer = window.setTimeout(tick, Math.max(0, start + (k + 1) * PLAY_STEP_MS - performance.now()));
    };
    timer = window.setTimeout(tick, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing]);

  // Stop playing when the slider goes away or the data changes under it.
  useEffect(() => () => $playing.set(false), []);

  if (!view || periods.length === 0) return null;
  const index = Math.max(0, periods.indexOf(view.period));
  const withData = atlas ? periodsWithData(atlas.facts, periods, view) : new Set<string>();
  const label = periodLabel(view.period, lang);
  const nodata = !withData.has(view.period);

  return (
    <div class="vw-period" data-testid="period-slider">
      <div class="vw-period-row">
        <button
          type="button"
          class="vw-play"
          data-testid="play"
          aria-pressed={playing}
          aria-label={playing ? t('view.pause') : t('view.play.label')}
          title={playing ? t('view.pause') : t('view.play.label')}
          disabled={periods.length < 2}
          onClick={() => (playing ? $playing.set(false) : startPlay(periods, view.period))}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <label class="vw-field vw-grow">
          <span class="vw-label">
            {t('view.period')}：<output data-testid="period-label">{label}</output>
            {nodata && <span class="vw-muted">{t('view.period.nodata')}</span>}
          </span>
          <input
            type="range"
            data-testid="period-range"
            min={0}
            max={periods.length - 1}
            step={1}
            value={index}
            aria-valuetext={label}
            onInput={(e) => {
              $playing.set(false);
              $period.set(periods[Number((e.currentTarget as HTMLInputElement).value)]);
            }}
          />
        </label>
      </div>
      <ol class="vw-ticks" aria-hidden="true">
        {periods.map((p, i) => (
          <li
            key={p}
            class={`${i === index ? 'vw-tick-on' : ''} ${withData.has(p) ? '' : 'vw-tick-empty'}`}
            // Same fraction as the range thumb, so each label sits under its stop.
            style={{ left: `${periods.length > 1 ? (100 * i) / (periods.length - 1) : 50}%` }}
          >
            {(() => {
              const tick = periodTick(p, periods[i - 1], lang);
              return (
                <>
                  <span class="vw-tick-year">{tick.year ?? '\u00a0'}</span>
                  <span>{tick.label}</span>
                </>
              );
            })()}
          </li>
        ))}
      </ol>
      <div class="vw-period-row">
        <div class="vw-seg" role="radiogroup" aria-label={t('view.kind')} data-testid="kind-switch">
          {(['actual', 'target'] as const).map((k) => (
            <label key={k} class={view.kind === k ? 'vw-seg-on' : ''}>
              <input type="radio" name="vw-kind" value={k} checked={view.kind === k} onChange={() => $kind.set(k)} />
              {t(`view.kind.${k}`)}
            </label>
          ))}
        </div>
        <label class="vw-check" title={t('view.asof.hint')}>
          <input
            type="checkbox"
            data-testid="asof-toggle"
            checked={view.asof}
            onChange={(e) => $asof.set((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('view.asof')}
        </label>
      </div>
    </div>
  );
}
