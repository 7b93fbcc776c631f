import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classify,
  colourFor,
  colourScale,
  equalIntervalThresholds,
  measureNature,
  paletteKind,
  PALETTES,
  quantileThresholds,
  radiusFor,
  sizeLegendValues,
  sizeScale,
  stepExpression,
} from '../../src/map/encodings';

describe('measure nature (choropleth only for intensive measures)', () => {
  it.each([
    ['yoy_pct', '%', 'intensive'],
    ['share_pct', '%', 'intensive'],
    ['rate_pct', '%', 'intensive'],
    ['value', '万元/亩', 'intensive'],
    ['value', '亿元', 'extensive'],
    ['count', '家', 'extensive'],
    ['investment', '亿元', 'extensive'],
    ['area_mu', '亩', 'extensive'],
  ] as const)('%s in %s is %s', (measure, unit, nature) => {
    expect(measureNature(measure, unit)).toBe(nature);
  });
});

describe('palette choice', () => {
  it('growth rates diverge around zero even when all values are positive', () => {
    expect(paletteKind('yoy_pct', [2, 5, 9])).toBe('diverging');
  });
  it('shares and intensities are sequential', () => {
    expect(paletteKind('share_pct', [10, 40])).toBe('sequential');
    expect(paletteKind('value', [300, 600])).toBe('sequential');
  });
  it('any negative value forces a diverging palette', () => {
    expect(paletteKind('value', [-3, 5])).toBe('diverging');
  });
});

describe('class breaks', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('quantiles split values into classes of equal size', () => {
    const t = quantileThresholds(ten, 5);
    expect(t).toEqual([3, 5, 7, 9]);
    const sizes = [0, 0, 0, 0, 0];
    for (const v of ten) sizes[classify(v, t)]++;
    expect(sizes).toEqual([2, 2, 2, 2, 2]);
  });

  it('quantiles never produce more classes than distinct values', () => {
    expect(quantileThresholds([4, 4, 4, 9], 5)).toEqual([9]);
    expect(quantileThresholds([7], 5)).toEqual([]);
    expect(quantileThresholds([], 5)).toEqual([]);
  });

  it('equal interval splits the range into equal widths', () => {
    expect(equalIntervalThresholds([0, 3, 100], 4)).toEqual([25, 50, 75]);
  });

  it('every value lands in exactly one class, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }), (vals) => {
        for (const method of ['quantile', 'equal'] as const) {
          const s = colourScale(vals, 'value', { method });
          expect(s.classes.length).toBe(s.thresholds.length + 1);
          for (const v of vals) {
            const c = s.classes[classify(v, s.thresholds)];
            expect(v >= c.min && v < c.max).toBe(true);
          }
          // larger value never gets an earlier class
          const sorted = [...vals].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++)
            expect(classify(sorted[i], s.thresholds)).toBeGreaterThanOrEqual(classify(sorted[i - 1], s.thresholds));
        }
      }),
    );
  });

  it('manual breaks are used as given', () => {
    const s = colourScale([1, 50, 99], 'share_pct', { method: 'manual', manual: [10, 20, 40] });
    expect(s.thresholds).toEqual([10, 20, 40]);
    expect(s.classes).toHaveLength(4);
    expect(classify(20, s.thresholds)).toBe(2);
  });

  it('breaks come from all values given (all periods), so a colour keeps its meaning over time', () => {
    const h1 = [1, 2, 3];
    const q3 = [10, 20, 30];
    const s = colourScale([...h1, ...q3], 'share_pct');
    // the small first-half values and the large Q3 values get different colours
    expect(colourFor(1, s)).not.toBe(colourFor(30, s));
    expect(colourFor(30, s)).toBe(s.classes[s.classes.length - 1].colour);
  });
});

describe('diverging growth: a fall is visibly a fall', () => {
  const growth = [-21.8, -3, 2.7, 5, 8, 12, 30];
  const s = colourScale(growth, 'yoy_pct');

  it('zero is a class break so no class mixes falls and rises', () => {
    expect(s.thresholds).toContain(0);
    for (const c of s.classes) expect(c.min < 0 && c.max > 0).toBe(false);
  });

  it('negative values get reds, positive values get blues', () => {
    expect(PALETTES.negative).toContain(colourFor(-21.8, s));
    expect(PALETTES.negative).toContain(colourFor(-3, s));
    expect(PALETTES.positive).toContain(colourFor(2.7, s));
    expect(PALETTES.positive).toContain(colourFor(30, s));
    expect(s.classes.filter((c) => c.negative).every((c) => c.max <= 0)).toBe(true);
  });

  it('a bigger fall is darker than a smaller fall', () => {
    const neg = PALETTES.negative;
    expect(neg.indexOf(colourFor(-21.8, s))).toBeGreaterThan(neg.indexOf(colourFor(-3, s)));
  });

  it('all-positive growth uses only the positive side', () => {
    const p = colourScale([1, 2, 3, 4], 'yoy_pct');
    expect(p.kind).toBe('diverging');
    expect(p.classes.every((c) => PALETTES.positive.includes(c.colour))).toBe(true);
  });

  it('the MapLibre step expression matches classify()', () => {
    const expr = stepExpression(['get', 'v'], s) as unknown[];
    expect(expr[0]).toBe('step');
    expect(expr[2]).toBe(s.classes[0].colour);
    expect(expr.filter((x) => typeof x === 'number')).toEqual(s.thresholds);
  });

  it('class colours are all distinct', () => {
    expect(new Set(s.classes.map((c) => c.colour)).size).toBe(s.classes.length);
  });
});

describe('proportional symbols', () => {
  const scale = sizeScale([10, 40, 160]);
  it('area is proportional to value (radius ∝ √value)', () => {
    const r40 = radiusFor(40, scale);
    const r160 = radiusFor(160, scale);
    expect((r160 / r40) ** 2).toBeCloseTo(4, 6);
    expect(r160).toBe(scale.maxRadius);
  });
  it('no value, zero or negative gives no symbol size', () => {
    expect(radiusFor(0, scale)).toBe(0);
    expect(radiusFor(-5, scale)).toBe(0);
  });
  it('size legend shows nice values not above the maximum', () => {
    const vals = sizeLegendValues(sizeScale([3, 112.78, 480]));
    expect(vals[0]).toBe(200);
    expect(vals.every((v) => v <= 480)).toBe(true);
    expect(vals).toEqual([...vals].sort((a, b) => b - a));
  });
});
