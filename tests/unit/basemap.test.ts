/** The optional basemap: off means no source at all (fully offline); Tianditu needs the user's key. */
import { describe, expect, it } from 'vitest';
import { basemapSource } from '../../src/map/basemap';

describe('basemapSource', () => {
  it('adds nothing by default', () => {
    expect(basemapSource('none', '')).toBeNull();
  });
  it('OpenStreetMap tiles with attribution', () => {
    const s = basemapSource('osm', '')!;
    expect(s.tiles?.[0]).toContain('tile.openstreetmap.org/{z}/{x}/{y}');
    expect(s.attribution).toContain('OpenStreetMap');
  });
  it('Tianditu only with a key, which is put into every tile URL', () => {
    expect(basemapSource('tianditu', '')).toBeNull();
    const key = '0123456789abcdef0123456789abcdef';
    const s = basemapSource('tianditu', key)!;
    expect(s.tiles!.length).toBeGreaterThan(1);
    for (const url of s.tiles!) expect(url).toContain(`tk=${key}`);
  });
});
