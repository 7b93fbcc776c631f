/**
 * Zone circles that carry the indicator: for extensive measures (亿元, counts) the circle AREA is
 * proportional to the value; for intensive ones (%, 万元/亩) circles have a fixed size and the
 * choropleth colour. A zone without a value is a small hollow ring (missing, not zero).
 *
 * City totals reported for a whole city (太原市 …) are drawn as circles at the city's label point
 * on the skeleton's `city-labels` source, never as a fill.
 *
 * The zone points get their own small GeoJSON source, added once when the atlas arrives; after
 * that every change goes through feature-state and paint properties.
 */
import { computed } from 'nanostores';
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import { BEFORE_LABELS, SOURCES } from '../style';
import { defineLayer } from './types';
import { forgetValueStates, setValueState } from './choropleth';
import { $atlas, $boundaries } from '../../state/stores';
import { $encoding, $featureValues, $view } from '../../state/view-data';
import {
  FIXED_SYMBOL_RADIUS,
  NO_DATA_RADIUS,
  NO_DATA_STROKE,
  SYMBOL_FILL,
  SYMBOL_STROKE,
  radiusFactor,
  stepExpression,
  type Encoding,
} from '../encodings';
import type { Zone } from '../../data/schemas';
import type { FeatureValue } from '../../data/selectors';

export const SYMBOL_SOURCE = 'zone-values';
export const SYMBOL_LAYERS = { zones: 'zone-value-circles', cityTotals: 'city-total-circles' } as const;

const has = ['boolean', ['feature-state', 'has'], false];
const older = ['boolean', ['feature-state', 'older'], false];
const v = ['number', ['feature-state', 'v'], 0];

/** Radius expression: √value scaled so the largest value of ALL periods gets the maximum radius. */
export function radiusExpression(enc: Encoding, noData: number): unknown[] {
  if (enc.nature === 'intensive') return ['case', has, FIXED_SYMBOL_RADIUS, noData];
  // At least 2 px so a tiny positive value is still visibly filled (and unlike a hollow ring).
  return ['case', has, ['max', 2, ['*', radiusFactor(enc.size), ['sqrt', ['max', 0, v]]]], noData];
}

export function zonePaint(enc: Encoding): Record<string, unknown> {
  return {
    'circle-radius': radiusExpression(enc, NO_DATA_RADIUS),
    'circle-color': enc.nature === 'intensive' ? stepExpression(v, enc.colour) : SYMBOL_FILL,
    'circle-opacity': ['case', has, ['case', older, 0.35, enc.nature === 'intensive' ? 0.95 : 0.6], 0],
    'circle-stroke-color': ['case', has, SYMBOL_STROKE, NO_DATA_STROKE],
    'circle-stroke-width': ['case', has, 1, 1.2],
    'circle-stroke-opacity': ['case', older, 0.5, 1],
  };
}

export function cityTotalPaint(enc: Encoding): Record<string, unknown> {
  return {
    'circle-radius': radiusExpression(enc, 0),
    'circle-color': SYMBOL_FILL,
    'circle-opacity': ['case', has, ['case', older, 0.1, 0.22], 0],
    'circle-stroke-color': SYMBOL_STROKE,
    'circle-stroke-width': ['case', has, 2, 0],
    'circle-stroke-opacity': ['case', older, 0.5, 1],
  };
}

/** Zones as GeoJSON points with numeric ids (feature-state needs them); id → index map kept. */
export function zonePoints(zones: readonly Zone[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z, i) => ({
      type: 'Feature',
      id: i,
      properties: { zone_id: z.id, name: z.name, name_en: z.name_en },
      geometry: { type: 'Point', coordinates: [z.lon, z.lat] },
    })),
  };
}

export interface SymbolState {
  encoding: Encoding | null;
  zones: readonly Zone[];
  values: Map<string, FeatureValue>;
}

export const $symbolState = computed([$view, $encoding, $featureValues, $atlas], (view, encoding, values, atlas): SymbolState => ({
  encoding: view ? encoding : null,
  zones: atlas?.zones ?? [],
  values,
}));

let lastEncoding: Encoding | null = null;
let sourceZones: readonly Zone[] | null = null;

function ensureSource(map: MapLibreMap, zones: readonly Zone[]) {
  if (sourceZones === zones) return;
  const src = map.getSource(SYMBOL_SOURCE) as GeoJSONSource | undefined;
  // Only when a (re)loaded atlas brings different zones; never on a view change.
  src?.setData(zonePoints(zones));
  forgetValueStates(map, SYMBOL_SOURCE);
  sourceZones = zones;
}

function setState(map: MapLibreMap, source: string, id: number, fv: FeatureValue | undefined) {
  setValueState(map, source, id, fv);
}

export const symbolsLayer = defineLayer<SymbolState>({
  id: 'symbols',
  state: $symbolState,
  add(map) {
    lastEncoding = null;
    sourceZones = null;
    map.addSource(SYMBOL_SOURCE, { type: 'geojson', data: zonePoints([]) });
    map.addLayer(
      {
        id: SYMBOL_LAYERS.cityTotals,
        type: 'circle',
        source: SOURCES.cityLabels,
        layout: { visibility: 'none' },
        paint: { 'circle-radius': 0, 'circle-opacity': 0 },
      },
      BEFORE_LABELS,
    );
    // Zone circles go on top of the labels' layer order slot too: they are small and must not hide under fills.
    map.addLayer(
      {
        id: SYMBOL_LAYERS.zones,
        type: 'circle',
        source: SYMBOL_SOURCE,
        layout: { visibility: 'none' },
        paint: { 'circle-radius': 0, 'circle-opacity': 0 },
      },
      BEFORE_LABELS,
    );
  },
  update(map, s) {
    ensureSource(map, s.zones);
    const enc = s.encoding;
    if (!enc) {
      map.setLayoutProperty(SYMBOL_LAYERS.zones, 'visibility', 'none');
      map.setLayoutProperty(SYMBOL_LAYERS.cityTotals, 'visibility', 'none');
      return;
    }
    if (enc !== lastEncoding) {
      for (const [k, val] of Object.entries(zonePaint(enc))) map.setPaintProperty(SYMBOL_LAYERS.zones, k as never, val as never);
      for (const [k, val] of Object.entries(cityTotalPaint(enc))) map.setPaintProperty(SYMBOL_LAYERS.cityTotals, k as never, val as never);
      map.setLayoutProperty(SYMBOL_LAYERS.zones, 'visibility', 'visible');
      // City totals are sized like zones; intensive city values are the choropleth's job.
      map.setLayoutProperty(SYMBOL_LAYERS.cityTotals, 'visibility', enc.nature === 'extensive' ? 'visible' : 'none');
      lastEncoding = enc;
    }
    s.zones.forEach((z, i) => setState(map, SYMBOL_SOURCE, i, s.values.get(z.id)));
    for (const f of $boundaries.get()?.cities.features ?? []) {
      const code = String(f.properties.adcode);
      setState(map, SOURCES.cityLabels, Number(code), enc.nature === 'extensive' ? s.values.get(code) : undefined);
    }
  },
  remove(map) {
    for (const id of Object.values(SYMBOL_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(SYMBOL_SOURCE)) map.removeSource(SYMBOL_SOURCE);
  },
});
