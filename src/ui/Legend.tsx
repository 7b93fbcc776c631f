/**
 * The legend tells what the map draws, from the same Encoding object the layers use:
 * colour classes with units (intensive), a size legend (extensive), the hatched "no data"
 * swatch, and the older-data marker in as-of mode.
 */
import { useStore } from '@nanostores/preact';
import { $atlas, $cityIndex, $lang, $selectedCity } from '../state/stores';
import { $selectedZone } from '../state/zones';
import { Sparkline } from './Sparkline';
import { $encoding, $featureValues, $view } from '../state/view-data';
import { indicatorLabel, measureLabel, type Lang } from '../data/indicators';
import { formatNumber, formatValue, periodLabel } from '../data/selectors';
import { classify, radiusFor, sizeLegendValues, type ColourClass, type Encoding } from '../map/encodings';
import { NO_DATA_STROKE, SYMBOL_FILL, SYMBOL_STROKE, NO_DATA_RADIUS } from '../map/encodings';
import { placeName, useT } from './i18n';
import './view-messages';
import './choropleth.css';

/** The hatch of the map's no-data pattern, as SVG, so the swatch looks like the map. */
export function NoDataSwatch({ size = 18 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" class="vw-swatch-svg" data-testid="nodata-swatch">
      <defs>
        <pattern id="vw-hatch" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="rgba(255,255,255,0.6)" />
          <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke="#787878" stroke-width="1.5" />
        </pattern>
      </defs>
      <rect x="0.5" y="0.5" width="15" height="15" fill="url(#vw-hatch)" stroke="#999" />
    </svg>
  );
}

export function classRangeLabel(c: ColourClass, enc: Encoding, lang: Lang): string {
  const lo = Number.isFinite(c.min) ? c.min : (enc.colour.domain?.[0] ?? c.min);
  const hi = Number.isFinite(c.max) ? c.max : (enc.colour.domain?.[1] ?? c.max);
  if (lo === hi) return formatNumber(lo, lang);
  return `${formatNumber(lo, lang)} – ${formatNumber(hi, lang)}`;
}

function SizeLegend({ enc, lang }: { enc: Encoding; lang: Lang }) {
  const values = sizeLegendValues(enc.size);
  if (values.length === 0) return null;
  const rMax = radiusFor(values[0], enc.size);
  const w = rMax * 2 + 80;
  // Room above the largest circle for its label.
  const h = rMax * 2 + 12;
  return (
    <svg width={w} height={h} role="img" aria-label={values.map((v) => formatValue(v, enc.unit, lang)).join('，')} data-testid="size-legend">
      {values.map((v) => {
        const r = radiusFor(v, enc.size);
        const cy = h - 2 - r;
        return (
          <g key={v} data-value={v} data-radius={r.toFixed(2)}>
            <circle cx={rMax + 1} cy={cy} r={r} fill={SYMBOL_FILL} fill-opacity="0.25" stroke={SYMBOL_STROKE} />
            <line x1={rMax + 1} x2={rMax * 2 + 8} y1={cy - r} y2={cy - r} stroke="#888" stroke-dasharray="2 2" />
            <text x={rMax * 2 + 10} y={cy - r + 4} font-size="11">
              {formatValue(v, enc.unit, lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Legend() {
  const t = useT();
  const lang = useStore($lang);
  const view = useStore($view);
  const enc = useStore($encoding);
  const values = useStore($featureValues);
  const atlas = useStore($atlas);
  const selectedCity = useStore($selectedCity);
  const selectedZone = useStore($selectedZone);
  const cityIndex = useStore($cityIndex);
  if (!view || !enc) return null;
  // The selected feature's values over all periods (zone first: it is the more specific choice).
  const zone = selectedZone ? atlas?.zones.find((z) => z.id === selectedZone) : undefined;
  const selected = zone
    ? { id: zone.id, name: zone.name }
    : selectedCity && cityIndex.get(selectedCity)
      ? { id: selectedCity, name: placeName(lang, cityIndex.get(selectedCity)!) }
      : null;

  const shown = [...values.values()];
  const hasCityTotals = enc.nature === 'extensive' && shown.some((v) => v.scope === 'city');
  const counts = enc.colour.classes.map(() => 0);
  for (const v of shown) counts[classify(v.value, enc.colour.thresholds)]++;
  const province = atlas
    ? atlas.facts.find(
        (f) =>
          f.scope === 'province' &&
          f.indicator === view.indicator &&
          f.measure === view.measure &&
          f.kind === view.kind &&
          f.period === view.period,
      )
    : undefined;
  const methodName = t(`view.breaks.${enc.colour.method}`);

  return (
    <section class="vw-legend" aria-label={t('legend.title')} data-testid="legend" data-nature={enc.nature}>
      <h2 class="vw-legend-title">
        {indicatorLabel(view.indicator, lang)} · {measureLabel(view.indicator, view.measure, lang)}
      </h2>
      <p class="vw-legend-sub">
        {periodLabel(view.period, lang)} · {t(`view.kind.${view.kind}`)}
        {enc.unit && (
          <>
            {' · '}
            <span data-testid="legend-unit">{t('legend.unit', { unit: enc.unit })}</span>
          </>
        )}
      </p>
      {!enc.colour.domain && <p class="vw-muted">{t('legend.noValues')}</p>}

      {enc.nature === 'intensive' && enc.colour.domain && (
        <>
          <ul class="vw-classes">
            {[...enc.colour.classes].reverse().map((c) => {
              const i = enc.colour.classes.indexOf(c);
              return (
                <li
                  key={i}
                  data-testid="legend-class"
                  data-colour={c.colour}
                  data-min={c.min}
                  data-max={c.max}
                  class={c.negative ? 'vw-neg' : ''}
                >
                  <span class="vw-swatch" style={{ background: c.colour }} aria-hidden="true" />
                  <span class="vw-range">
                    {classRangeLabel(c, enc, lang)}
                    {enc.unit === '%' ? '%' : ''}
                  </span>
                  <span class="vw-count">{t('legend.count', { n: counts[i] })}</span>
                </li>
              );
            })}
          </ul>
          {enc.colour.kind === 'diverging' && <p class="vw-note">{t('legend.zeroNote')}</p>}
        </>
      )}

      {enc.nature === 'extensive' && enc.size.max > 0 && (
        <div class="vw-size">
          <p class="vw-note">{t('legend.size')}</p>
          <SizeLegend enc={enc} lang={lang} />
          {hasCityTotals && (
            <p class="vw-key">
              <svg width="18" height="18" aria-hidden="true">
                <circle cx="9" cy="9" r="7" fill={SYMBOL_FILL} fill-opacity="0.22" stroke={SYMBOL_STROKE} stroke-width="2" />
              </svg>
              {t('legend.cityTotal')}
            </p>
          )}
        </div>
      )}

      <ul class="vw-keys">
        <li class="vw-key" data-testid="legend-nodata">
          <NoDataSwatch />
          {t('legend.nodata')}
        </li>
        <li class="vw-key">
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r={NO_DATA_RADIUS} fill="none" stroke={NO_DATA_STROKE} stroke-width="1.2" />
          </svg>
          {t('legend.zoneNoData')}
        </li>
        {view.asof && (
          <li class="vw-key" data-testid="legend-older">
            <span class="vw-swatch vw-swatch-older" aria-hidden="true" />
            {t('legend.older')}
          </li>
        )}
      </ul>

      {province && (
        <p class="vw-note" data-testid="province-value">
          {t('province.value', {
            value: formatValue(province.value, province.unit, lang, province.approx),
            period: periodLabel(province.period, lang),
          })}
        </p>
      )}

      {selected && (
        <div class="vw-selected" data-testid="legend-selected">
          <span class="vw-label">
            {selected.name} · {t('sparkline.title')}
          </span>
          <Sparkline subjectId={selected.id} name={selected.name} width={200} height={36} showEmpty />
        </div>
      )}

      {enc.nature === 'intensive' && enc.colour.domain && (
        <p class="vw-note">{t('legend.breaksNote', { method: methodName })}</p>
      )}
    </section>
  );
}
