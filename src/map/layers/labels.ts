/**
 * City labels follow the UI language: romanised names in English mode (geo/build/romanise.ts),
 * falling back to the Chinese name where a feature has none (data built before name_en existed).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { $lang, type Lang } from '../../state/stores';
import { LAYERS } from '../style';
import { defineLayer } from './types';

export function cityLabelField(lang: Lang): ExpressionSpecification {
  if (lang === 'zh') return ['get', 'name'];
  return ['case', ['>', ['length', ['coalesce', ['get', 'name_en'], '']], 0], ['get', 'name_en'], ['get', 'name']];
}

let shown: Lang | null = null;

export const cityLabelsLayer = defineLayer({
  id: 'city-labels',
  state: $lang,
  add() {
    shown = 'zh'; // the base style draws Chinese names
  },
  update(map, lang) {
    if (lang === shown || !map.getLayer(LAYERS.cityLabel)) return;
    map.setLayoutProperty(LAYERS.cityLabel, 'text-field', cityLabelField(lang));
    shown = lang;
  },
});
