/**
 * The map layers registry pattern. A module under src/map/layers/ adds its sources/layers once
 * (add) and restyles them when its state store changes (update) — through feature-state or paint
 * properties, never by rebuilding sources. Register it in layers/index.ts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ReadableAtom } from 'nanostores';

export interface MapLayerModule<S = unknown> {
  id: string;
  /** Add sources, layers and event handlers. Called once after the base style has loaded. */
  add(map: MapLibreMap): void;
  /** The store whose value drives update(); update runs right after add and on every change. */
  state?: ReadableAtom<S>;
  update?(map: MapLibreMap, state: S): void;
  /** Undo add (handlers included); called when the map is destroyed. */
  remove?(map: MapLibreMap): void;
}

/** Type-checks one module; use it in each layer file. */
export function defineLayer<S>(m: MapLayerModule<S>): MapLayerModule<S> {
  return m;
}

/** Add every module, wire its state, and return a function that tears all of it down. */
export function mountLayers(map: MapLibreMap, modules: readonly MapLayerModule<any>[]): () => void {
  const cleanups: (() => void)[] = [];
  for (const m of modules) {
    m.add(map);
    const { state, update } = m;
    if (state && update) cleanups.push(state.subscribe((s) => update(map, s)));
    if (m.remove) cleanups.push(() => m.remove!(map));
  }
  return () => cleanups.reverse().forEach((c) => c());
}
