/**
 * City choropleth for intensive measures (growth, shares, rates, 万元/亩).
 *
 * Geometry never moves: values go into feature-state on the skeleton's `cities` source
 * (`v`, `has`, `older`), and the colour classes go into paint expressions only when the
 * indicator, measure or breaks change. A period step is therefore ~11 setFeatureState calls.
 * A city without a value is drawn with a hatch pattern, never in the colour of a low class.
 * Extensive measures (亿元, counts) never colour an area: the layer is hidden and their city
 * totals appear as symbols (symbols.ts).
 */
import { computed } from 'nanostores';
import type { Map as MapLibreMap, AddLayerObject } from 'maplibre-gl';
import { BEFORE_LABELS, LAYERS, SOURCES } from '../style';
import { defineLayer } from './types';
import { $encoding, $featureValues, $resolvedView, $view, startViewNotices } from '../../state/view-data';
import * as viewStores from '../../state/view';
import { $boundaries } from '../../state/stores';
import { stepExpression, type Encoding } from '../encodings';

export const CHORO_LAYERS = { fill: 'choropleth-fill', nodata: 'choropleth-nodata', older: 'choropleth-older' } as const;
export const HATCH_IMAGE = 'nodata-hatch';
export const HATCH = { size: 8, line: [120, 120, 120, 255], back: [255, 255, 255, 150] } as const;

/** Diagonal hatch as raw RGBA (no sprite, no network). Same look as the legend's no-data swatch. */
export function hatchPixels(size: number = HATCH.size): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Lines run bottom-left → top-right and tile seamlessly; 1.5 px wide.
      const d = (x + y) % size;
      const c = d < 1.5 ? HATCH.line : HATCH.back;
      px.set(c, (y * size + x) * 4);
    }
  return px;
}

const has = ['boolean', ['feature-state', 'has'], false];
const older = ['boolean', ['feature-state', 'older'], false];

/** Paint for the current encoding: the same classes the legend lists. */
export function fillPaint(enc: Encoding): Record<string, unknown> {
  return {
    'fill-color': ['case', has, stepExpression(['number', ['feature-state', 'v'], 0], enc.colour), 'rgba(0,0,0,0)'],
    // Older (as-of) values are paler so they read as "not this period".
    'fill-opacity': ['case', has, ['case', older, 0.45, 0.88], 0],
  };
}

export interface ChoroplethState {
  intensive: boolean;
  encoding: Encoding | null;
  values: Map<string, { value: number; older: boolean }>;
}

export const $choroplethState = computed([$view, $encoding, $featureValues], (view, encoding, values): ChoroplethState => {
  const intensive = !!view && !!encoding && encoding.nature === 'intensive';
  const cityValues = new Map<string, { value: number; older: boolean }>();
  for (const [id, v] of values) if (v.scope === 'city') cityValues.set(id, { value: v.value, older: v.older });
  return { intensive, encoding, values: cityValues };
});

let lastEncoding: Encoding | null = null;
let lastVisible: boolean | null = null;
let stopNotices: (() => void) | null = null;

declare global {
  interface Window {
    /** Test/bench hook for the indicator view (like window.__atlas for the shell). */
    __atlasView?: { stores: typeof viewStores & { $view: typeof $view; $encoding: typeof $encoding; $resolvedView: typeof $resolvedView } };
  }
}

function setVisible(map: MapLibreMap, on: boolean) {
  for (const id of Object.values(CHORO_LAYERS)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
}

/** City adcodes on the map (the feature ids of the `cities` source). */
function cityCodes(): string[] {
  return ($boundaries.get()?.cities.features ?? []).map((f) => String(f.properties.adcode));
}

/*
 * Feature-state writes are skipped when nothing changed for a feature: every write makes MapLibre
 * re-evaluate the paint of the source's features, and a period step usually changes only a few.
 */
const written = new WeakMap<MapLibreMap, Map<string, string>>();

export function setValueState(map: MapLibreMap, source: string, id: number, v: { value: number; older: boolean } | undefined): void {
  const state = v ? { v: v.value, has: true, older: v.older } : { v: null, has: false, older: false };
  const key = `${source}:${id}`;
  const sig = `${state.v}|${state.older}`;
  let cache = written.get(map);
  if (!cache) written.set(map, (cache = new Map()));
  if (cache.get(key) === sig) return;
  cache.set(key, sig);
  map.setFeatureState({ source, id }, state);
}

/** Forget what was written for a source (its data was replaced). */
export function forgetValueStates(map: MapLibreMap, source: string): void {
  const cache = written.get(map);
  if (cache) for (const k of [...cache.keys()]) if (k.startsWith(`${source}:`)) cache.delete(k);
}

export function applyCityValues(map: MapLibreMap, values: ChoroplethState['values']): void {
  for (const code of cityCodes()) setValueState(map, SOURCES.cities, Number(code), values.get(code));
}

export const choroplethLayer = defineLayer<ChoroplethState>({
  id: 'choropleth',
  state: $choroplethState,
  add(map) {
    lastEncoding = null;
    lastVisible = null;
    stopNotices = startViewNotices();
    if (typeof window !== 'undefined') window.__atlasView = { stores: { ...viewStores, $view, $encoding, $resolvedView } };
    if (!map.hasImage(HATCH_IMAGE)) {
      map.addImage(HATCH_IMAGE, { width: HATCH.size, height: HATCH.size, data: hatchPixels() });
    }
    // Above the base city fill, under borders and labels, so outlines and names stay readable.
    const before = map.getLayer(LAYERS.countyLine) ? LAYERS.countyLine : BEFORE_LABELS;
    const layers: AddLayerObject[] = [
      {
        id: CHORO_LAYERS.nodata,
        type: 'fill',
        source: SOURCES.cities,
        layout: { visibility: 'none' },
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', has, 0, 1] as never },
      },
      {
        id: CHORO_LAYERS.fill,
        type: 'fill',
        source: SOURCES.cities,
        layout: { visibility: 'none' },
        paint: { 'fill-color': 'rgba(0,0,0,0)', 'fill-opacity': 0 },
      },
      {
        // A dotted inner outline marks cities whose value is from an earlier period (as-of mode).
        id: CHORO_LAYERS.older,
        type: 'line',
        source: SOURCES.cities,
        layout: { visibility: 'none' },
        paint: {
          'line-color': '#444',
          'line-width': 1.5,
          'line-dasharray': [1, 2],
          'line-offset': 2,
          'line-opacity': ['case', ['all', has, older], 0.9, 0] as never,
        },
      },
    ];
    for (const l of layers) map.addLayer(l, before);
  },
  update(map, s) {
    if (s.encoding && s.encoding !== lastEncoding) {
      for (const [k, v] of Object.entries(fillPaint(s.encoding))) map.setPaintProperty(CHORO_LAYERS.fill, k as never, v as never);
      lastEncoding = s.encoding;
    }
    if (lastVisible !== s.intensive) {
      setVisible(map, s.intensive);
      lastVisible = s.intensive;
    }
    applyCityValues(map, s.intensive ? s.values : new Map());
  },
  remove(map) {
    written.delete(map);
    stopNotices?.();
    stopNotices = null;
    for (const id of Object.values(CHORO_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.hasImage(HATCH_IMAGE)) map.removeImage(HATCH_IMAGE);
  },
});
