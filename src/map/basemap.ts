/**
 * Optional online raster basemap under the boundaries, OFF by default (?basemap=osm|tianditu).
 * Both are WGS84/CGCS2000-aligned like the boundary data (GCJ-02 services such as AMap would be
 * offset by ~0.5 km and are deliberately not offered). Without network the tiles simply fail:
 * the map was already ready before the basemap was added, and a notice explains the blank tiles.
 */
import { computed } from 'nanostores';
import type { Map as MapLibreMap, RasterSourceSpecification } from 'maplibre-gl';
import { $basemap, $mapReady, $tiandituKey, type BasemapId } from '../state/stores';
import { dismiss, notify } from '../state/notices';
import { BEFORE_DATA, LAYERS } from './style';
import { defineLayer } from './layers/types';

export const BASEMAP_SOURCE = 'basemap';

/** Pure: the raster source for a basemap choice, or null (none, or Tianditu without a key). */
export function basemapSource(id: BasemapId, key: string): RasterSourceSpecification | null {
  switch (id) {
    case 'osm':
      return {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 18,
        attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      };
    case 'tianditu':
      if (!key) return null;
      return {
        type: 'raster',
        tiles: [0, 1, 2, 3].map(
          (n) => `https://t${n}.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=${encodeURIComponent(key)}`,
        ),
        tileSize: 256,
        maxzoom: 18,
        attribution: '底图：天地图',
      };
    default:
      return null;
  }
}

// Only once the offline map is ready: a slow or absent network must never delay data-map-ready.
const $basemapState = computed([$basemap, $tiandituKey, $mapReady], (id, key, ready) => ({ id, key, ready }));

let failedNotified = false;
type ErrorListener = (e: unknown) => void;
const onError = new WeakMap<MapLibreMap, ErrorListener>();

export const basemapLayer = defineLayer({
  id: 'basemap',
  state: $basemapState,
  add(map) {
    const handler: ErrorListener = (e) => {
      if ((e as { sourceId?: string }).sourceId === BASEMAP_SOURCE && !failedNotified) {
        failedNotified = true;
        notify({ id: 'basemap', level: 'warn', key: 'basemap.failed' });
      }
    };
    map.on('error', handler);
    onError.set(map, handler);
  },
  update(map, { id, key, ready }) {
    if (!ready) return;
    if (map.getLayer(BASEMAP_SOURCE)) map.removeLayer(BASEMAP_SOURCE);
    if (map.getSource(BASEMAP_SOURCE)) map.removeSource(BASEMAP_SOURCE);
    if (id === 'tianditu' && !key) notify({ id: 'basemap-key', level: 'info', key: 'basemap.needsKey' });
    else dismiss('basemap-key');
    const source = basemapSource(id, key);
    // With a basemap the fills turn translucent so streets and terrain show through.
    map.setPaintProperty(LAYERS.provinceFill, 'fill-opacity', source ? 0 : 1);
    map.setPaintProperty(LAYERS.cityFill, 'fill-opacity', source ? 0.45 : 0.92);
    if (!source) return;
    failedNotified = false;
    map.addSource(BASEMAP_SOURCE, source);
    map.addLayer({ id: BASEMAP_SOURCE, type: 'raster', source: BASEMAP_SOURCE }, BEFORE_DATA);
  },
  remove(map) {
    const h = onError.get(map);
    if (h) map.off('error', h);
  },
});
