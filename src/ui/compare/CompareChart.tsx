/**
 * The comparison chart: for the map's indicator / measure / period / kind, one group of bars per
 * compared city (the city-wide figure, then each zone with a value) on one common scale, and
 * below it the table of every city-wide figure of those cities for the period. Any value reveals
 * the sentence it was taken from on click or focus. Report text is rendered as text, never markup.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $atlas, $cityIndex, $lang, $selectedCity } from '../../state/stores';
import { $compareCities } from '../../state/compare';
import { $selectedZone } from '../../state/zones';
import { $view } from '../../state/view-data';
import { indicatorLabel, measureLabel } from '../../data/indicators';
import { dominantUnit, formatValue, periodLabel } from '../../data/selectors';
import type { AtlasFact } from '../../data/schemas';
import { PALETTES, SYMBOL_FILL } from '../../map/encodings';
import { placeName, useT } from '../i18n';
import { barExtent, chartScale, cityTable, compareGroups, isOlder, type ChartScale } from './compare-data';
import './messages';
import './compare.css';

/** Bars: blue above zero, red below (ColorBrewer RdBu hues, as on the map); totals in the symbol blue. */
function barColour(value: number, s: ChartScale): string {
  if (!s.diverging) return SYMBOL_FILL;
  return value < 0 ? PALETTES.negative[6] : PALETTES.positive[6];
}

interface Source {
  key: string;
  /** The view the source was revealed in: another indicator, period or set of cities hides it. */
  view: string;
  fact: AtlasFact;
}

export function CompareChart({ large = false }: { large?: boolean }) {
  const t = useT();
  const lang = useStore($lang);
  const view = useStore($view);
  const atlas = useStore($atlas);
  const cities = useStore($compareCities);
  const index = useStore($cityIndex);
  const [source, setSource] = useState<Source | null>(null);
  if (!view || !atlas || cities.length < 2) return null;

  const groups = compareGroups(atlas.facts, atlas.zones, cities, view);
  const shown = groups.flatMap((g) => g.bars.flatMap((b) => (b.value ? [b.value.value] : [])));
  const scale = chartScale(shown, view.measure);
  const unit = dominantUnit(atlas.facts, view.indicator, view.measure);
  const table = cityTable(atlas.facts, cities, view.period);
  const cityName = (code: string) => {
    const c = index.get(code);
    return c ? placeName(lang, c) : code;
  };
  const viewKey = JSON.stringify([view.indicator, view.measure, view.period, view.kind, view.asof, cities]);
  const shownSource = source && source.view === viewKey ? source : null;
  const reveal = (key: string, fact: AtlasFact) => () => setSource({ key, view: viewKey, fact });
  const activeKey = shownSource?.key;

  const cityButton = (code: string) => (
    <button
      type="button"
      class="cmp-city"
      data-testid="compare-city-name"
      aria-label={t('compare.selectCity', { name: cityName(code) })}
      onClick={() => {
        // As the zone panel's city link: a city selection replaces a zone selection.
        $selectedZone.set(null);
        $selectedCity.set(code);
      }}
    >
      {cityName(code)}
    </button>
  );

  return (
    <section class={large ? 'cmp cmp--large' : 'cmp'} aria-label={t('compare.chart')} data-testid="compare-chart">
      <h2 class="cmp-title" data-testid="compare-heading">
        {t('compare.heading', { indicator: indicatorLabel(view.indicator, lang), measure: measureLabel(view.indicator, view.measure, lang) })}
      </h2>
      <p class="cmp-sub">
        {t('compare.sub', {
          period: periodLabel(view.period, lang),
          kind: t(`view.kind.${view.kind}`),
          unit: unit ? t('compare.unit', { unit }) : '',
        })}
      </p>
      <p class="cmp-scale" data-testid="compare-scale" data-min={scale.min} data-max={scale.max}>
        {t('compare.scale', { min: formatValue(scale.min, unit, lang), max: formatValue(scale.max, unit, lang) })}
      </p>

      {groups.map((g) => (
        <div key={g.adcode} class="cmp-group" data-testid="compare-group" data-adcode={g.adcode}>
          <h3 class="cmp-group-name">
            {cityButton(g.adcode)}
          </h3>
          <ul class="cmp-bars">
            {g.bars.map((b) => {
              const v = b.value;
              const label = b.scope === 'city' ? t('compare.cityWide') : placeName(lang, b);
              const key = `${g.adcode}:${b.id}`;
              if (!v) {
                return (
                  <li key={key} class="cmp-bar cmp-bar--nodata" data-testid="compare-bar" data-id={b.id} data-nodata="true">
                    <span class="cmp-label">{label}</span>
                    <span class="cmp-track cmp-track--nodata" aria-hidden="true" />
                    <span class="cmp-value cmp-value--nodata">{t('compare.nodata')}</span>
                  </li>
                );
              }
              const ext = barExtent(v.value, scale);
              const older = isOlder(v, view.period);
              const text = formatValue(v.value, v.unit, lang, v.approx);
              return (
                <li key={key} class={`cmp-bar${activeKey === key ? ' cmp-bar--active' : ''}`} data-testid="compare-bar" data-id={b.id} data-value={v.value}>
                  <span class="cmp-label" title={label}>
                    {label}
                  </span>
                  <span class="cmp-track" aria-hidden="true">
                    {scale.diverging && <span class="cmp-zero" style={{ left: `${scale.zero * 100}%` }} />}
                    <span
                      class={`cmp-fill${older ? ' cmp-fill--older' : ''}`}
                      style={{ left: `${ext.start * 100}%`, width: `${Math.max(ext.width * 100, 0.4)}%`, background: barColour(v.value, scale) }}
                    />
                  </span>
                  <button
                    type="button"
                    class="cmp-value"
                    data-testid="compare-value"
                    aria-expanded={activeKey === key}
                    aria-controls="cmp-source"
                    aria-label={`${cityName(g.adcode)} ${label}：${text}${older ? t('compare.older', { period: periodLabel(v.period, lang) }) : ''}`}
                    onClick={reveal(key, v.fact)}
                    onFocus={reveal(key, v.fact)}
                  >
                    {text}
                    {older && <span class="cmp-older">{t('compare.older', { period: periodLabel(v.period, lang) })}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}

      <div id="cmp-source" class="cmp-source" aria-live="polite" data-testid="compare-source">
        {shownSource ? (
          <>
            <blockquote class="cmp-quote" data-testid="compare-quote">
              {shownSource.fact.quote}
            </blockquote>
            <p class="cmp-doc">
              {t('compare.document', { doc: shownSource.fact.source.seed })} · {t('compare.sourcePeriod', { period: periodLabel(shownSource.fact.period, lang) })}
            </p>
          </>
        ) : (
          <p class="muted">{t('compare.sourceHint')}</p>
        )}
      </div>

      {!large && (
        <>
          <h3 class="cmp-h">{t('compare.table', { period: periodLabel(view.period, lang) })}</h3>
          {table.length === 0 ? (
            <p class="muted" data-testid="compare-table-none">
              {t('compare.table.none')}
            </p>
          ) : (
            <div class="cmp-table-wrap">
              <table class="cmp-table" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">{t('compare.table.indicator')}</th>
                    {cities.map((c) => (
                      <th key={c} scope="col">
                        {cityButton(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.map((row) => (
                    <tr key={row.key} data-testid="compare-row" data-indicator={row.indicator} data-measure={row.measure} data-kind={row.kind}>
                      <th scope="row">
                        {indicatorLabel(row.indicator, lang)} · {measureLabel(row.indicator, row.measure, lang)}
                        {row.kind === 'target' && t('compare.target')}
                      </th>
                      {row.cells.map((f, i) => {
                        const key = `table:${row.key}:${cities[i]}`;
                        return (
                          <td key={cities[i]}>
                            {f ? (
                              <button type="button" class="cmp-cell" aria-controls="cmp-source" aria-expanded={activeKey === key} onClick={reveal(key, f)} onFocus={reveal(key, f)}>
                                {formatValue(f.value, f.unit, lang, f.approx)}
                              </button>
                            ) : (
                              <span class="muted" aria-label={t('compare.nodata')}>
                                —
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

