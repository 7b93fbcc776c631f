/**
 * Projects view on the map: while the projects tab is open, every zone with projects in the
 * current filter carries a small count badge; the selected project's zone gets a ring
 * (feature-state `highlight`) and the camera flies to it. A city-level project flies to its city.
 *
 * Badges count with every list filter except the map selection itself, so clicking one zone does
 * not blank out the others' badges. Zones without projects get no badge (absent, not "0").
 */
import { computed } from 'nanostores';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { bbox } from '@turf/bbox';
import { $projectZoneCounts, $selectedProjectRow } from '../../state/projects';
import { $atlas, $boundaries, $panelTab } from '../../state/stores';
import { defineLayer } from './types';

export const PROJECT_BADGES = {
  source: 'project-badges',
  ring: 'project-badge-ring',
  badge: 'project-badge',
  count: 'project-badge-count',
} as const;

/** The projects tab's id in the side panel (`?view=projects`). */
export const PROJECTS_VIEW = 'projects';

/** Zoom the camera goes to for a zone: close enough to see its county, not closer than the user already is. */
const ZONE_ZOOM = 8.5;

const $badgeState = computed(
  [$panelTab, $projectZoneCounts, $selectedProjectRow, $atlas],
  (tab, counts, selected, atlas) => ({ open: tab === PROJECTS_VIEW, counts, selected, zones: atlas?.zones ?? [] }),
);
type BadgeState = typeof $badgeState extends { get(): infer S } ? S : never;

/** Numeric feature ids (index in atlas.zones) so feature-state works; zone ids are strings. */
let zoneIndex = new Map<string, number>();
let lastZones: unknown = null;
let highlighted: number | null = null;
let flownTo: string | null = null;

function featureCollection(state: BadgeState): GeoJSON.FeatureCollection {
  if (state.zones !== lastZones) {
    zoneIndex = new Map(state.zones.map((z, i) => [z.id, i]));
    lastZones = state.zones;
  }
  return badgeFeatures(state.zones, state.counts, state.selected?.zoneId ?? null);
}

/**
 * Pure: one point per zone with projects (id = index in `zones`, stable for feature-state).
 * Zones without projects get no feature — no "0" badge — except the selected project's zone,
 * which keeps one so its ring can show.
 */
export function badgeFeatures(
  zones: ReadonlyArray<{ id: string; name: string; lon: number; lat: number }>,
  counts: ReadonlyMap<string, number>,
  selectedZoneId: string | null,
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: zones
      .map((z, i) => ({ z, i, n: counts.get(z.id) ?? 0 }))
      .filter(({ z, n }) => n > 0 || z.id === selectedZoneId)
      .map(({ z, i, n }) => ({
        type: 'Feature' as const,
        id: i,
        geometry: { type: 'Point' as const, coordinates: [z.lon, z.lat] },
        properties: { zone_id: z.id, name: z.name, count: n, label: n > 0 ? String(n) : '' },
      })),
  };
}

function flyToSelection(map: MapLibreMap, state: BadgeState): void {
  const row = state.selected;
  const key = row?.id ?? null;
  if (key === flownTo) return;
  flownTo = key;
  if (!row) return;
  const zone = row.zoneId ? state.zones.find((z) => z.id === row.zoneId) : undefined;
  if (zone) {
    map.flyTo({ center: [zone.lon, zone.lat], zoom: Math.max(map.getZoom(), ZONE_ZOOM), essential: true });
    return;
  }
  const city = row.cityAdcode ? $boundaries.get()?.cities.features.find((f) => f.properties.adcode === row.cityAdcode) : undefined;
  if (city) {
    const [w, s, e, n] = bbox(city as GeoJSON.Feature);
    const bounds: LngLatBoundsLike = [
      [w, s],
      [e, n],
    ];
    map.fitBounds(bounds, { padding: 40, essential: true });
  }
}

export const projectBadgesLayer = defineLayer<BadgeState>({
  id: 'project-badges',
  state: $badgeState,
  add(map) {
    highlighted = null;
    flownTo = null;
    lastZones = null;
    map.addSource(PROJECT_BADGES.source, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: PROJECT_BADGES.ring,
      type: 'circle',
      source: PROJECT_BADGES.source,
      layout: { visibility: 'none' },
      paint: {
        'circle-radius': 17,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#d9480f',
        'circle-stroke-width': 3,
        'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'highlight'], false], 1, 0],
      },
    });
    // The badge sits up-right of the zone point so the zones layer's own circle stays visible.
    map.addLayer({
      id: PROJECT_BADGES.badge,
      type: 'circle',
      source: PROJECT_BADGES.source,
      layout: { visibility: 'none' },
      filter: ['>', ['get', 'count'], 0],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 8, 20, 11, 100, 13],
        'circle-color': '#2b2620',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-translate': [10, -10],
      },
    });
    map.addLayer({
      id: PROJECT_BADGES.count,
      type: 'symbol',
      source: PROJECT_BADGES.source,
      filter: ['>', ['get', 'count'], 0],
      layout: {
        visibility: 'none',
        'text-field': ['get', 'label'],
        'text-font': ['Noto Sans CJK SC Bold'],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-translate': [10, -10] },
    });
  },
  update(map, state) {
    const vis = state.open ? 'visible' : 'none';
    for (const id of [PROJECT_BADGES.ring, PROJECT_BADGES.badge, PROJECT_BADGES.count]) {
      if (map.getLayoutProperty(id, 'visibility') !== vis) map.setLayoutProperty(id, 'visibility', vis);
    }
    // Counts are text, which feature-state cannot drive, so the (small) source gets new data.
    (map.getSource(PROJECT_BADGES.source) as GeoJSONSource | undefined)?.setData(featureCollection(state));

    // Set the highlight again after every setData: new data may not keep earlier feature-state.
    const target = state.selected?.zoneId ? (zoneIndex.get(state.selected.zoneId) ?? null) : null;
    if (highlighted !== null && highlighted !== target) map.setFeatureState({ source: PROJECT_BADGES.source, id: highlighted }, { highlight: false });
    if (target !== null) map.setFeatureState({ source: PROJECT_BADGES.source, id: target }, { highlight: true });
    highlighted = target;
    flyToSelection(map, state);
  },
  remove(map) {
    for (const id of [PROJECT_BADGES.count, PROJECT_BADGES.badge, PROJECT_BADGES.ring]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(PROJECT_BADGES.source)) map.removeSource(PROJECT_BADGES.source);
  },
});

/** For tests and scripts: the numeric feature id of a zone in the badge source. */
export function badgeFeatureId(zoneId: string): number | null {
  return zoneIndex.get(zoneId) ?? null;
}
