/**
 * The inline base style: everything the map draws comes from data/ of this build.
 * No tile server, no glyphs, no sprite, so the map works with no network at all; labels are
 * drawn with the local CJK font (MapLibre rasterises them when the style has no `glyphs`).
 *
 * Sources carry the boundary GeoJSON whose numeric feature ids are the adcodes, so layers
 * added later (choropleth, zones) address cities with setFeatureState({ source: 'cities', id }).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { cityLabelPoints, type Boundaries } from '../../geo/build/geo-schema';

/** Source ids other modules may refer to. */
export const SOURCES = { province: 'province', cities: 'cities', counties: 'counties', cityLabels: 'city-labels' } as const;

/** Layer ids, in drawing order; `beforeLabels` is where later fill/symbol layers should be inserted. */
export const LAYERS = {
  background: 'background',
  provinceFill: 'province-fill',
  cityFill: 'city-fill',
  countyLine: 'county-line',
  cityLine: 'city-line',
  cityHighlight: 'city-highlight',
  provinceLine: 'province-line',
  cityLabel: 'city-label',
} as const;
export const BEFORE_LABELS = LAYERS.cityLabel;
/** Raster basemaps go under everything that carries data. */
export const BEFORE_DATA = LAYERS.provinceFill;

/** Palette: quiet neutrals so later thematic colours stand out; the highlight is orange (distinct for CVD). */
export const COLORS = {
  background: '#e6e9ec',
  province: '#fbfaf6',
  city: '#f3efe6',
  cityHover: '#e9e1cf',
  citySelected: '#fde4bd',
  countyLine: '#b8b0a0',
  cityLine: '#857c6c',
  highlight: '#d9480f',
  provinceLine: '#3d372d',
  label: '#2b2620',
  labelHalo: '#ffffff',
} as const;

/** CSS font families for the locally rasterised Chinese labels. */
export const LABEL_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const stateFlag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

export function buildStyle(b: Boundaries): StyleSpecification {
  return {
    version: 8,
    name: 'shanxi-offline',
    sources: {
      [SOURCES.province]: { type: 'geojson', data: b.province as GeoJSON.FeatureCollection },
      [SOURCES.cities]: {
        type: 'geojson',
        data: b.cities as GeoJSON.FeatureCollection,
        attribution: '数据来源：天地图 GS(2024)0650号',
      },
      [SOURCES.counties]: { type: 'geojson', data: b.counties as GeoJSON.FeatureCollection },
      [SOURCES.cityLabels]: { type: 'geojson', data: cityLabelPoints(b.cities) as GeoJSON.FeatureCollection },
    },
    layers: [
      { id: LAYERS.background, type: 'background', paint: { 'background-color': COLORS.background } },
      { id: LAYERS.provinceFill, type: 'fill', source: SOURCES.province, paint: { 'fill-color': COLORS.province } },
      {
        id: LAYERS.cityFill,
        type: 'fill',
        source: SOURCES.cities,
        paint: {
          'fill-color': [
            'case',
            stateFlag('selected'),
            COLORS.citySelected,
            stateFlag('hover'),
            COLORS.cityHover,
            COLORS.city,
          ],
          'fill-opacity': 0.92,
        },
      },
      {
        // Counties appear from about zoom 7, fading in so the province view stays readable.
        id: LAYERS.countyLine,
        type: 'line',
        source: SOURCES.counties,
        minzoom: 6.5,
        paint: {
          'line-color': COLORS.countyLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.5, 10, 1.2],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, 0, 7, 1],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: LAYERS.cityLine,
        type: 'line',
        source: SOURCES.cities,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': COLORS.cityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2] },
      },
      {
        // Drawn above all city borders so a neighbour's border never covers the selected outline.
        id: LAYERS.cityHighlight,
        type: 'line',
        source: SOURCES.cities,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': COLORS.highlight,
          'line-width': ['case', stateFlag('selected'), 3, 2],
          'line-opacity': ['case', stateFlag('selected'), 1, stateFlag('hover'), 0.6, 0],
        },
      },
      {
        id: LAYERS.provinceLine,
        type: 'line',
        source: SOURCES.province,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': COLORS.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 9, 3] },
      },
      {
        id: LAYERS.cityLabel,
        type: 'symbol',
        source: SOURCES.cityLabels,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans CJK SC Bold'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 13, 9, 18],
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.6 },
      },
    ],
  };
}
