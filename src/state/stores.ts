/**
 * App-wide state in nanostores. UI components and map layers read these; the URL table
 * (url.ts) mirrors the ones a user should be able to bookmark.
 */
import { atom, computed } from 'nanostores';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Boundaries, CityFeature, CountyFeature } from '../../geo/build/geo-schema';
import type { Atlas } from '../data/schemas';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const $lang = atom<Lang>('zh');

/** Selected prefecture-level city (adcode such as `140100`), or null. Round-trips as `?city=`. */
export const $selectedCity = atom<string | null>(null);
/** City under the pointer (not in the URL). */
export const $hoverCity = atom<string | null>(null);

/** Side-panel tab id (see src/ui/panel/tabs.ts). Round-trips as `?view=`. */
export const $panelTab = atom<string>('detail');

/** Optional raster basemap under the boundaries; `none` keeps the app fully offline. */
export type BasemapId = 'none' | 'osm' | 'tianditu';
export const BASEMAPS: readonly BasemapId[] = ['none', 'osm', 'tianditu'];
export const $basemap = atom<BasemapId>('none');
/** Tianditu key supplied by the user (`?tk=`); only used when basemap=tianditu. */
export const $tiandituKey = atom<string>('');

/** Validated boundary layers once loaded. */
export const $boundaries = atom<Boundaries | null>(null);
/** The joined dataset (public/data/atlas.json) when the build produced one; null otherwise. */
export const $atlas = atom<Atlas | null>(null);

/**
 * True once the optional atlas has finished loading (or failed, or was not built). The map waits
 * for it before it reports data-map-ready, so "ready" means every layer has its data.
 */
export const $atlasSettled = atom(false);

export type LoadState = 'loading' | 'ready' | 'error';
export const $loadState = atom<LoadState>('loading');

/** The MapLibre instance once created (null before, or when WebGL is unavailable). */
export type MapInstance = MapLibreMap;
export const $map = atom<MapLibreMap | null>(null);
/** True after the first `idle` with data: the map container then carries data-map-ready="true". */
export const $mapReady = atom(false);

export interface CityInfo {
  adcode: string;
  name: string;
  /** Romanised name (geo/build/romanise.ts); empty in data built before it existed. */
  nameEn: string;
  nameShort: string;
  counties: CountyFeature['properties'][];
}

/** City adcode → name and counties; empty until the boundaries are loaded. */
export const $cityIndex = computed($boundaries, (b): Map<string, CityInfo> => {
  const index = new Map<string, CityInfo>();
  if (!b) return index;
  for (const c of b.cities.features as CityFeature[]) {
    index.set(c.properties.adcode, {
      adcode: c.properties.adcode,
      name: c.properties.name,
      nameEn: c.properties.name_en,
      nameShort: c.properties.name_short,
      counties: [],
    });
  }
  for (const k of b.counties.features) index.get(k.properties.city_adcode)?.counties.push(k.properties);
  return index;
});

/** The city the detail panel shows: the hovered one while hovering, else the selected one. */
export const $focusCity = computed([$hoverCity, $selectedCity, $cityIndex], (hover, selected, index) => {
  const code = hover ?? selected;
  return code ? (index.get(code) ?? null) : null;
});
