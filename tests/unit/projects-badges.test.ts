import { describe, expect, it } from 'vitest';
import { badgeFeatures } from '../../src/map/layers/project-badges';

const zones = [
  { id: 'A', name: '清徐经济开发区', lon: 112.3, lat: 37.6 },
  { id: 'B', name: '祁县经济开发区', lon: 112.5, lat: 37.2 },
  { id: 'C', name: '运城经济技术开发区', lon: 111.0, lat: 35.1 },
];

describe('project badges', () => {
  it('gives a badge only to zones with projects, labelled with the count', () => {
    const fc = badgeFeatures(zones, new Map([['A', 24], ['C', 1]]), null);
    expect(fc.features.map((f) => [f.properties!.zone_id, f.properties!.label])).toEqual([
      ['A', '24'],
      ['C', '1'],
    ]);
  });

  it('uses the zone index as feature id so feature-state survives new counts', () => {
    const a = badgeFeatures(zones, new Map([['C', 3]]), null);
    const b = badgeFeatures(zones, new Map([['B', 1], ['C', 5]]), null);
    expect(a.features.find((f) => f.properties!.zone_id === 'C')!.id).toBe(2);
    expect(b.features.find((f) => f.properties!.zone_id === 'C')!.id).toBe(2);
  });

  it('keeps the selected project’s zone (for its ring) without a "0" label', () => {
    const fc = badgeFeatures(zones, new Map(), 'B');
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].properties).toMatchObject({ zone_id: 'B', count: 0, label: '' });
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [112.5, 37.2] });
  });
});
