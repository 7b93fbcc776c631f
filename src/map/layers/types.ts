/**
 * The map layers registry pattern. A module under src/map/layers/ adds its sources/layers once
 * (add) and restyles them when its state store changes (update) — through feature-state or paint
 * properties, never by rebuilding sources. Register it in layers/index.ts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ReadableAtom } from 'nanostores';
import { notify } from '../../state/notices';

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

/**
 * Add every module, wire its state, and return a function that tears all of it down.
 * A module that throws is reported in the page and skipped: one broken layer must not take
 * the boundaries (or the other layers) down with it.
 */
export function mountLayers(map: MapLibreMap, modules: readonly MapLayerModule<any>[]): () => void {
  const cleanups: (() => void)[] = [];
  const report = (m: MapLayerModule<any>, e: unknown) => {
    console.error(`map layer "${m.id}" failed:`, e);
    notify({ id: `layer-${m.id}`, level: 'error', key: 'notice.layerFailed', params: { layer: m.id, detail: (e as Error)?.message ?? String(e) } });
  };
  for (const m of modules) {
    try {
      m.add(map);
    } catch (e) {
      report(m, e);
      continue;
    }
    const { state, update } = m;
    if (state && update) {
      cleanups.push(
        state.subscribe((s) => {
          try {
            update(map, s);
          } catch (e) {
            report(m, e);
          }
        }),
      );
    }
    if (m.remove) cleanups.push(() => m.remove!(map));
  }
  return () => cleanups.reverse().forEach((c) => c());
}
