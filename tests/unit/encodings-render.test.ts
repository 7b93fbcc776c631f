import { describe, expect, it } from 'vitest';
import { hatchPixels, HATCH, fillPaint } from '../../src/map/layers/choropleth';
import { radiusExpression, zonePaint } from '../../src/map/layers/symbols';
import { encodingFor, NO_DATA_RADIUS } from '../../src/map/encodings';
import { sparkGeometry } from '../../src/ui/Sparkline';
import { stepPeriod } from '../../src/data/selectors';

describe('no-data hatch image', () => {
  const size = HATCH.size;
  const px = hatchPixels(size);
  const at = (x: number, y: number) => Array.from(px.slice((y * size + x) * 4, (y * size + x) * 4 + 4));

  it('is a full RGBA tile', () => {
    expect(px.length).toBe(size * size * 4);
  });
  it('has diagonal lines, not a flat fill (so no data never looks like a colour class)', () => {
    expect(at(0, 0)).toEqual([...HATCH.line]);
    expect(at(1, size - 1)).toEqual([...HATCH.line]);
    expect(at(3, 0)).toEqual([...HATCH.back]);
    const lines = [...Array(size * size).keys()].filter((i) => px[i * 4 + 3] === 255).length;
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThan(size * size / 2);
  });
  it('tiles seamlessly: every pixel repeats along its diagonal, across the tile edge too', () => {
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) expect(at((x + 1) % size, (y + size - 1) % size)).toEqual(at(x, y));
  });
});

describe('paint expressions', () => {
  const growth = encodingFor([-5, 2, 8], 'yoy_pct', '%');
  const totals = encodingFor([10, 40, 160], 'value', '亿元');

  it('a city without a value gets no fill at all', () => {
    const p = fillPaint(growth) as { 'fill-opacity': unknown[] };
    expect(p['fill-opacity'][0]).toBe('case');
    expect(p['fill-opacity'][p['fill-opacity'].length - 1]).toBe(0);
  });
  it('extensive circles scale with √value; intensive ones have a fixed size; no data is a small ring', () => {
    expect(JSON.stringify(radiusExpression(totals, NO_DATA_RADIUS))).toContain('"sqrt"');
    expect(JSON.stringify(radiusExpression(growth, NO_DATA_RADIUS))).not.toContain('"sqrt"');
    expect(radiusExpression(totals, NO_DATA_RADIUS).at(-1)).toBe(NO_DATA_RADIUS);
    expect(JSON.stringify(zonePaint(growth)['circle-color'])).toContain('"step"');
  });
});

describe('sparkline', () => {
  it('breaks the line at periods without values instead of drawing zeros', () => {
    const g = sparkGeometry(
      [
        { period: 'a', value: 1, approx: false },
        { period: 'b', value: 3, approx: false },
        { period: 'c', value: null, approx: false },
        { period: 'd', value: 2, approx: false },
        { period: 'e', value: 5, approx: false },
      ],
      100,
      20,
    );
    expect(g.points.map((p) => p.period)).toEqual(['a', 'b', 'd', 'e']);
    expect(g.segments).toHaveLength(2);
    // higher value → higher on screen (smaller y)
    expect(g.points[3].y).toBeLessThan(g.points[0].y);
  });
  it('draws a zero line when values cross zero', () => {
    const g = sparkGeometry([{ period: 'a', value: -4, approx: false }, { period: 'b', value: 6, approx: false }], 100, 20);
    expect(g.zeroY).not.toBeNull();
  });
});

describe('play', () => {
  it('steps forward and stops at the last period', () => {
    const ps = ['p1', 'p2', 'p3'];
    expect(stepPeriod(ps, 'p1', 1)).toBe('p2');
    expect(stepPeriod(ps, 'p3', 1)).toBeNull();
  });
});
