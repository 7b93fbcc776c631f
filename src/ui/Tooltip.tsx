/**
 * Tooltip for cities and zones, on pointer hover AND on keyboard focus.
 *
 * Keyboard: a visually hidden list of buttons, one per feature on the map, follows the map in tab
 * order as ONE tab stop (roving tabindex: arrow keys, Home/End move between features), so the
 * controls after it stay a Tab away. Focusing a feature shows the same tooltip at the feature,
 * Enter selects it. Screen readers hear the button text (name and value).
 *
 * Everything here is text from reports: rendered as text nodes, never as markup.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import type { MapMouseEvent } from 'maplibre-gl';
import { $atlas, $boundaries, $lang, $map, $selectedCity } from '../state/stores';
import { $selectedZone } from '../state/zones';
import { $encoding, $featureValues, $view } from '../state/view-data';
import { formatValue, periodLabel, type FeatureValue } from '../data/selectors';
import { indicatorLabel, measureLabel, type Lang } from '../data/indicators';
import { CHORO_LAYERS } from '../map/layers/choropleth';
import { SYMBOL_LAYERS } from '../map/layers/symbols';
import { LAYERS } from '../map/style';
import { Sparkline } from './Sparkline';
import { useT } from './i18n';
import './view-messages';
import './choropleth.css';

export interface TooltipTarget {
  scope: 'zone' | 'city';
  id: string;
  /** Viewport (client) coordinates. */
  x: number;
  y: number;
  via: 'pointer' | 'focus';
}

export const $tooltip = atom<TooltipTarget | null>(null);

interface Feat {
  scope: 'zone' | 'city';
  id: string;
  name: string;
  lngLat: [number, number];
}

function featureName(f: Feat, lang: Lang, nameEn?: string): string {
  return lang === 'en' && nameEn ? `${nameEn} (${f.name})` : f.name;
}

/** One line per fact shown: "112.78 亿元 · 2023年1–9月 · 实际". */
export function tooltipLines(
  fv: FeatureValue | undefined,
  viewPeriod: string,
  lang: Lang,
  t: (k: string, p?: Record<string, string | number>) => string,
): { value: string; period: string; older: boolean; notes: string[] } {
  if (!fv) return { value: t('tooltip.nodata'), period: periodLabel(viewPeriod, lang), older: false, notes: [] };
  const notes: string[] = [];
  if (fv.approx) notes.push(t('tooltip.approx'));
  if (fv.alternatives > 0) notes.push(t('tooltip.conflict', { n: fv.alternatives }));
  return {
    value: formatValue(fv.value, fv.unit, lang, fv.approx),
    period: periodLabel(fv.period, lang),
    older: fv.older,
    notes,
  };
}

export function Tooltip() {
  const t = useT();
  const lang = useStore($lang);
  const map = useStore($map);
  const target = useStore($tooltip);
  const view = useStore($view);
  const values = useStore($featureValues);
  const atlas = useStore($atlas);
  const boundaries = useStore($boundaries);
  const enc = useStore($encoding);
  const [active, setActive] = useState(0);

  const features = useMemo(() => {
    const out = new Map<string, Feat & { nameEn?: string }>();
    for (const c of boundaries?.cities.features ?? [])
      out.set(`city:${c.properties.adcode}`, {
        scope: 'city',
        id: String(c.properties.adcode),
        name: c.properties.name,
        nameEn: c.properties.name_en,
        lngLat: [c.properties.label_lon, c.properties.label_lat],
      });
    for (const z of atlas?.zones ?? [])
      out.set(`zone:${z.id}`, { scope: 'zone', id: z.id, name: z.name, nameEn: z.name_en, lngLat: [z.lon, z.lat] });
    return out;
  }, [boundaries, atlas]);

  useEffect(() => {
    if (!map) return;
    const move = (e: MapMouseEvent) => {
      const layers = [SYMBOL_LAYERS.zones, SYMBOL_LAYERS.cityTotals, CHORO_LAYERS.fill, LAYERS.cityFill].filter(
        (l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none',
      );
      const hit = layers.length ? map.queryRenderedFeatures(e.point, { layers })[0] : undefined;
      const zoneId = hit?.properties?.zone_id as string | undefined;
      const adcode = hit?.properties?.adcode as string | undefined;
      const cur = $tooltip.get();
      if (!zoneId && !adcode) {
        if (cur?.via === 'pointer') $tooltip.set(null);
        return;
      }
      const rect = map.getContainer().getBoundingClientRect();
      $tooltip.set({
        scope: zoneId ? 'zone' : 'city',
        id: zoneId ?? String(adcode),
        x: rect.left + e.point.x,
        y: rect.top + e.point.y,
        via: 'pointer',
      });
    };
    const out = () => {
      if ($tooltip.get()?.via === 'pointer') $tooltip.set(null);
    };
    map.on('mousemove', move);
    map.on('mouseout', out);
    return () => {
      map.off('mousemove', move);
      map.off('mouseout', out);
    };
  }, [map]);

  if (!view || !map) return null;

  const focusFeature = (f: Feat) => {
    const p = map.project(f.lngLat);
    const rect = map.getContainer().getBoundingClientRect();
    $tooltip.set({ scope: f.scope, id: f.id, x: rect.left + p.x, y: rect.top + p.y, via: 'focus' });
  };

  // Keyboard list: features with values first (what the map shows), then the rest.
  const listed = enc ? [...features.values()].sort((a, b) => Number(values.has(b.id)) - Number(values.has(a.id))) : [];
  const feat = target ? features.get(`${target.scope}:${target.id}`) : undefined;
  const fv = target ? values.get(target.id) : undefined;
  const lines = tooltipLines(fv, view.period, lang, t);

  return (
    <>
      <ul
        class="vw-sr-list"
        aria-label={t('features.label')}
        data-testid="feature-list"
        onKeyDown={(e) => {
          const moves: Record<string, (i: number) => number> = {
            ArrowDown: (i) => Math.min(listed.length - 1, i + 1),
            ArrowRight: (i) => Math.min(listed.length - 1, i + 1),
            ArrowUp: (i) => Math.max(0, i - 1),
            ArrowLeft: (i) => Math.max(0, i - 1),
            Home: () => 0,
            End: () => listed.length - 1,
          };
          const move = moves[e.key];
          if (!move) return;
          e.preventDefault();
          const next = move(Math.min(active, listed.length - 1));
          setActive(next);
          const buttons = (e.currentTarget as HTMLElement).querySelectorAll('button');
          (buttons[next] as HTMLButtonElement | undefined)?.focus();
        }}
      >
        {listed.map((f, i) => {
          const l = tooltipLines(values.get(f.id), view.period, lang, t);
          return (
            <li key={`${f.scope}:${f.id}`}>
              <button
                type="button"
                data-scope={f.scope}
                data-id={f.id}
                tabIndex={i === Math.min(active, listed.length - 1) ? 0 : -1}
                onFocus={() => {
                  setActive(i);
                  focusFeature(f);
                }}
                onBlur={() => $tooltip.get()?.via === 'focus' && $tooltip.set(null)}
                onClick={() => (f.scope === 'city' ? $selectedCity.set(f.id) : $selectedZone.set(f.id))}
              >
                {`${featureName(f, lang, f.nameEn)}：${l.value}${l.older ? `（${l.period}，${t('tooltip.older')}）` : ''}`}
              </button>
            </li>
          );
        })}
      </ul>
      {target && feat && (
        <div
          class="vw-tooltip"
          role="tooltip"
          data-testid="tooltip"
          data-id={target.id}
          data-older={lines.older ? 'true' : 'false'}
          style={{ left: `${target.x + 14}px`, top: `${target.y + 14}px` }}
        >
          <div class="vw-tt-name">{featureName(feat, lang, feat.nameEn)}</div>
          <div class="vw-tt-ind">
            {indicatorLabel(view.indicator, lang)} · {measureLabel(view.indicator, view.measure, lang)}
          </div>
          <div class={`vw-tt-value ${fv && fv.value < 0 ? 'vw-neg' : ''}`} data-testid="tooltip-value">
            {fv && fv.value < 0 ? '▼ ' : ''}
            {lines.value}
          </div>
          <div class="vw-tt-meta">
            {lines.period} · {t(`view.kind.${view.kind}`)}
            {lines.older && (
              <span class="vw-older-badge" data-testid="tooltip-older">
                {t('tooltip.older')}
              </span>
            )}
          </div>
          {lines.notes.length > 0 && <div class="vw-tt-notes">{lines.notes.join(' · ')}</div>}
          <Sparkline subjectId={target.id} name={feat.name} />
        </div>
      )}
    </>
  );
}
