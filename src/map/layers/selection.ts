/**
 * Hover and selection of cities: pointer and click handlers on the city fill, and the highlight
 * through feature-state (`hover`, `selected`) on the `cities` source.
 */
import { computed } from 'nanostores';
import type { Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { $hoverCity, $selectedCity } from '../../state/stores';
import { LAYERS, SOURCES } from '../style';
import { defineLayer } from './types';

const $selectionState = computed([$hoverCity, $selectedCity], (hover, selected) => ({ hover, selected }));

let shown: { hover: string | null; selected: string | null } = { hover: null, selected: null };
const handlers = new WeakMap<MapLibreMap, { move: (e: MapLayerMouseEvent) => void; leave: () => void; click: (e: MapMouseEvent) => void }>();

function setFlag(map: MapLibreMap, adcode: string | null, flag: 'hover' | 'selected', on: boolean) {
  if (adcode) map.setFeatureState({ source: SOURCES.cities, id: Number(adcode) }, { [flag]: on });
}

export const selectionLayer = defineLayer({
  id: 'selection',
  state: $selectionState,
  add(map) {
    shown = { hover: null, selected: null };
    const move = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.adcode as string | undefined;
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      if (code && $hoverCity.get() !== code) $hoverCity.set(code);
    };
    const leave = () => {
      map.getCanvas().style.cursor = '';
      $hoverCity.set(null);
    };
    // One click handler for the whole map: a click outside every city clears the selection.
    const click = (e: MapMouseEvent) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: [LAYERS.cityFill] })[0];
      $selectedCity.set((hit?.properties?.adcode as string | undefined) ?? null);
    };
    map.on('mousemove', LAYERS.cityFill, move);
    map.on('mouseleave', LAYERS.cityFill, leave);
    map.on('click', click);
    handlers.set(map, { move, leave, click });
  },
  update(map, s) {
    if (shown.hover !== s.hover) {
      setFlag(map, shown.hover, 'hover', false);
      setFlag(map, s.hover, 'hover', true);
    }
    if (shown.selected !== s.selected) {
      setFlag(map, shown.selected, 'selected', false);
      setFlag(map, s.selected, 'selected', true);
    }
    shown = { ...s };
  },
  remove(map) {
    const h = handlers.get(map);
    if (!h) return;
    map.off('mousemove', LAYERS.cityFill, h.move);
    map.off('mouseleave', LAYERS.cityFill, h.leave);
    map.off('click', h.click);
  },
});
