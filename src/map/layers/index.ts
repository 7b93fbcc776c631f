/**
 * The registry: every map layer module, in the order they are added (later = drawn on top unless
 * a module inserts below an existing layer). Add a module with ONE line here.
 */
import { basemapLayer } from '../basemap';
import { choroplethLayer } from './choropleth';
import { cityLabelsLayer } from './labels';
import { symbolsLayer } from './symbols';
import { projectBadgesLayer } from './project-badges';
import { selectionLayer } from './selection';
import { zonesLayer } from './zones';
import type { MapLayerModule } from './types';

export const MAP_LAYERS: MapLayerModule<any>[] = [
  basemapLayer,
  choroplethLayer,
  selectionLayer,
  symbolsLayer,
  zonesLayer,
  projectBadgesLayer,
  cityLabelsLayer,
];
