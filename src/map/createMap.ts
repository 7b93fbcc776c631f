/**
 * Creates the MapLibre map on a container: WebGL check, worker URL, inline style, controls,
 * the layer modules, and the readiness flag. Kept out of the Preact component so scripts and
 * tests reason about one function.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
// Vite must ship the worker as a file of its own: without this the production build never loads.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bbox } from '@turf/bbox';
import type { Boundaries } from '../../geo/build/geo-schema';
import { $atlasSettled, $map, $mapReady } from '../state/stores';
import { $fatal } from '../state/notices';
import { MAP_LAYERS } from './layers';
import { mountLayers } from './layers/types';
import { buildStyle, LABEL_FONT_FAMILY } from './style';

setWorkerUrl(workerUrl);

/** MapLibre 6 draws with WebGL 2 only. */
export function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

export function shanxiBounds(b: Boundaries): LngLatBoundsLike {
  const [w, s, e, n] = bbox(b.province as GeoJSON.FeatureCollection);
  return [
    [w, s],
    [e, n],
  ];
}

export interface MapHandle {
  map: MapLibreMap;
  destroy(): void;
}

export function createMap(container: HTMLElement, b: Boundaries): MapHandle | null {
  if (!hasWebGL2()) {
    $fatal.set({ key: 'fatal.webgl', hintKey: 'fatal.webgl.hint', detail: 'WebGL 2 context could not be created' });
    return null;
  }
  let map: MapLibreMap;
  const bounds = shanxiBounds(b);
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle(b),
      bounds,
      fitBoundsOptions: { padding: 24 },
      // Room to look around Shanxi, not to wander off to another continent.
      maxBounds: [
        [104, 31],
        [121, 44],
      ],
      minZoom: 4.5,
      maxZoom: 11,
      attributionControl: false,
      localIdeographFontFamily: LABEL_FONT_FAMILY,
      // Needed for PNG export (canvas.toDataURL) and for pixel checks in tests.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
  } catch (e) {
    $fatal.set({ key: 'fatal.map', hintKey: 'fatal.map.hint', detail: (e as Error).message });
    return null;
  }
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');

  let unmount: (() => void) | null = null;
  let stopWaiting: (() => void) | null = null;
  map.once('load', () => {
    unmount = mountLayers(map, MAP_LAYERS);
    // The style carries the boundaries inline; layers fed by the atlas update when it arrives.
    // Ready = the first idle once both are in: the first complete frame with all data.
    const markReadyOnIdle = () =>
      map.once('idle', () => {
        container.dataset.mapReady = 'true';
        $mapReady.set(true);
      });
    if ($atlasSettled.get()) markReadyOnIdle();
    else
      stopWaiting = $atlasSettled.listen((settled) => {
        if (!settled) return;
        stopWaiting?.();
        stopWaiting = null;
        markReadyOnIdle();
        map.triggerRepaint();
      });
  });
  map.on('webglcontextlost', () => {
    $fatal.set({ key: 'fatal.webgl', hintKey: 'fatal.webgl.hint', detail: 'WebGL context lost' });
  });
  $map.set(map);

  return {
    map,
    destroy() {
      stopWaiting?.();
      unmount?.();
      $mapReady.set(false);
      delete container.dataset.mapReady;
      $map.set(null);
      map.remove();
    },
  };
}
