/**
 * The zones layer: every gazetteer zone as a circle coloured by its type (legend: ZoneLegend),
 * labels from zoom 7.5, a hollow ring for a zone no report gives a figure for (visible, but
 * visibly empty), and an orange ring on the selected zone. Click a zone → `$selectedZone`
 * (`?zone=ID`); click elsewhere → no zone.
 *
 * While an indicator view draws its value circles (symbols.ts) on the same points, these circles
 * shrink to small type dots drawn on top, so the two encodings stack instead of hiding each other.
 * Registered after the symbols layer (so above it) and before the project badges.
 */
import { computed } from 'nanostores';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Atlas, Zone } from '../../data/schemas';
import { $atlas, $lang, type Lang } from '../../state/stores';
import { $selectedZone } from '../../state/zones';
import { $encoding } from '../../state/view-data';
import { defineLayer } from './types';

export const ZONES_SOURCE = 'zones';
export const ZONE_LAYERS = { circles: 'zone-circles', selected: 'zone-selected', labels: 'zone-labels' } as const;

/**
 * Zone type → legend category and colour (Okabe–Ito palette: distinguishable with the common
 * colour-vision deficiencies). Table order = legend order.
 */
export const ZONE_CATEGORIES: readonly { key: string; types: readonly string[]; colour: string; zh: string; en: string }[] = [
  { key: 'econ', types: ['经济技术开发区', '经济开发区'], colour: '#0072B2', zh: '经济（技术）开发区', en: 'Economic (and technological) development zone' },
  { key: 'hitech', types: ['高新技术产业开发区'], colour: '#D55E00', zh: '高新技术产业开发区', en: 'High-tech industrial development zone' },
  { key: 'agri', types: ['农业高新技术产业示范区', '现代农业产业示范区'], colour: '#009E73', zh: '农业示范区', en: 'Agricultural demonstration zone' },
  { key: 'eco', types: ['生态文化旅游示范区'], colour: '#CC79A7', zh: '生态文化旅游示范区', en: 'Eco-cultural tourism zone' },
  { key: 'reform', types: ['转型综合改革示范区'], colour: '#E69F00', zh: '转型综合改革示范区', en: 'Transformation and reform zone' },
  { key: 'bonded', types: ['综合保税区'], colour: '#56B4E9', zh: '综合保税区', en: 'Comprehensive bonded zone' },
  { key: 'park', types: ['工业园区', '产业园区'], colour: '#6B5B45', zh: '工业/产业园区', en: 'Industrial park' },
];
export const OTHER_CATEGORY = { key: 'other', types: [], colour: '#555555', zh: '其他', en: 'Other' } as const;
export const SELECTED_COLOUR = '#d9480f';

export function zoneCategory(type: string) {
  return ZONE_CATEGORIES.find((c) => c.types.includes(type)) ?? OTHER_CATEGORY;
}

/** Zone ids that have at least one fact: their own, or as a member of a group figure. */
export function zonesWithFacts(atlas: Pick<Atlas, 'facts'>): Set<string> {
  const out = new Set<string>();
  for (const f of atlas.facts) {
    out.add(f.subject_id);
    for (const m of f.member_ids ?? []) out.add(m);
  }
  return out;
}

/** Zones as GeoJSON points; numeric feature ids (index) so feature-state can mark the selection. */
export function zoneFeatures(zones: readonly Zone[], withFacts: ReadonlySet<string>): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z, i) => ({
      type: 'Feature',
      id: i,
      properties: {
        zone_id: z.id,
        name: z.name,
        name_en: z.name_en,
        category: zoneCategory(z.type).key,
        has_facts: withFacts.has(z.id),
      },
      geometry: { type: 'Point', coordinates: [z.lon, z.lat] },
    })),
  };
}

const colourExpression = (): unknown[] => [
  'match',
  ['get', 'category'],
  ...ZONE_CATEGORIES.flatMap((c) => [c.key, c.colour]),
  OTHER_CATEGORY.colour,
];

/** Radius by zoom; `dot` = small, while value circles of an indicator view sit on the same points. */
function radius(dot: boolean): unknown[] {
  return dot ? ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 4] : ['interpolate', ['linear'], ['zoom'], 5, 4.5, 8, 7, 10, 9];
}

interface ZonesState {
  atlas: Atlas | null;
  selected: string | null;
  lang: Lang;
  dots: boolean;
}

const $zonesState = computed([$atlas, $selectedZone, $lang, $encoding], (atlas, selected, lang, enc): ZonesState => ({
  atlas,
  selected,
  lang,
  dots: enc !== null,
}));

let shownAtlas: Atlas | null = null;
let index = new Map<string, number>();
let shownSelected: number | null = null;
let shownLang: Lang | null = null;
let shownDots: boolean | null = null;
const clickHandlers = new WeakMap<MapLibreMap, (e: MapMouseEvent) => void>();
const cursorHandlers = new WeakMap<MapLibreMap, { enter: () => void; leave: () => void }>();

/** Pixels around the pointer that still count as a hit on a small circle (touch, trackpads). */
const HIT_SLOP = 6;

/** The zone under a screen point (nearest centre within the slop), or null. */
export function zoneAt(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const hits = map.queryRenderedFeatures(
    [
      [point.x - HIT_SLOP, point.y - HIT_SLOP],
      [point.x + HIT_SLOP, point.y + HIT_SLOP],
    ],
    { layers: [ZONE_LAYERS.circles] },
  );
  let best: string | null = null;
  let bestD = Infinity;
  for (const h of hits) {
    const [lon, lat] = (h.geometry as GeoJSON.Point).coordinates;
    const p = map.project([lon, lat]);
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d < bestD) {
      bestD = d;
      best = h.properties?.zone_id as string;
    }
  }
  return best;
}

export const zonesLayer = defineLayer<ZonesState>({
  id: 'zones',
  state: $zonesState,
  add(map) {
    shownAtlas = null;
    shownSelected = null;
    shownLang = null;
    shownDots = null;
    map.addSource(ZONES_SOURCE, { type: 'geojson', data: zoneFeatures([], new Set()) });
    map.addLayer(
      {
        id: ZONE_LAYERS.circles,
        type: 'circle',
        source: ZONES_SOURCE,
        paint: {
          'circle-radius': radius(false) as never,
          'circle-color': colourExpression() as never,
          // Hollow when no report gives the zone a figure: the zone is on the map, its data is missing.
          'circle-opacity': ['case', ['get', 'has_facts'], 0.9, 0],
          'circle-stroke-color': ['case', ['get', 'has_facts'], '#ffffff', colourExpression()] as never,
          'circle-stroke-width': ['case', ['get', 'has_facts'], 1, 2],
        },
      },
    );
    map.addLayer(
      {
        id: ZONE_LAYERS.selected,
        type: 'circle',
        source: ZONES_SOURCE,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 9, 10, 14],
          'circle-opacity': 0,
          'circle-stroke-color': SELECTED_COLOUR,
          'circle-stroke-width': 3,
          'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
        },
      },
    );
    map.addLayer({
      id: ZONE_LAYERS.labels,
      type: 'symbol',
      source: ZONES_SOURCE,
      minzoom: 7.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['Noto Sans CJK SC Regular'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7.5, 11, 10, 13],
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-optional': true,
      },
      paint: { 'text-color': '#2b2620', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    });

    const click = (e: MapMouseEvent) => $selectedZone.set(zoneAt(map, e.point));
    map.on('click', click);
    clickHandlers.set(map, click);
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = '');
    map.on('mouseenter', ZONE_LAYERS.circles, enter);
    map.on('mouseleave', ZONE_LAYERS.circles, leave);
    cursorHandlers.set(map, { enter, leave });
  },
  update(map, s) {
    if (s.atlas !== shownAtlas) {
      const zones = s.atlas?.zones ?? [];
      (map.getSource(ZONES_SOURCE) as GeoJSONSource).setData(zoneFeatures(zones, s.atlas ? zonesWithFacts(s.atlas) : new Set()));
      index = new Map(zones.map((z, i) => [z.id, i]));
      shownAtlas = s.atlas;
      shownSelected = null; // setData drops feature-state
    }
    const sel = s.selected !== null ? (index.get(s.selected) ?? null) : null;
    if (sel !== shownSelected) {
      if (shownSelected !== null) map.setFeatureState({ source: ZONES_SOURCE, id: shownSelected }, { selected: false });
      if (sel !== null) map.setFeatureState({ source: ZONES_SOURCE, id: sel }, { selected: true });
      shownSelected = sel;
    }
    if (s.lang !== shownLang) {
      map.setLayoutProperty(ZONE_LAYERS.labels, 'text-field', ['get', s.lang === 'zh' ? 'name' : 'name_en']);
      shownLang = s.lang;
    }
    if (s.dots !== shownDots) {
      map.setPaintProperty(ZONE_LAYERS.circles, 'circle-radius', radius(s.dots) as never);
      shownDots = s.dots;
    }
  },
  remove(map) {
    const click = clickHandlers.get(map);
    if (click) map.off('click', click);
    const c = cursorHandlers.get(map);
    if (c) {
      map.off('mouseenter', ZONE_LAYERS.circles, c.enter);
      map.off('mouseleave', ZONE_LAYERS.circles, c.leave);
    }
    for (const id of Object.values(ZONE_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(ZONES_SOURCE)) map.removeSource(ZONES_SOURCE);
  },
});
