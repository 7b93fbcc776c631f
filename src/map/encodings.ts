/**
 * How a measure is drawn: intensive measures (rates, shares, growth, 万元/亩) colour areas and circle
 * fills; extensive measures (亿元, counts, 亩) size circles by area and never colour an area.
 *
 * Pure functions only: the map layers turn these results into MapLibre expressions, the legend
 * reads the same classes, so what the legend says is what the map draws.
 */
import { z } from 'zod';

export type Nature = 'intensive' | 'extensive';

/**
 * Measure → nature. The unit decides for `value`, because `value` of 产出强度 is 万元/亩 (intensive)
 * while `value` of 规上工业增加值 is 亿元 (extensive). Table, not a chain of ifs; first match wins.
 */
const NATURE_RULES: ReadonlyArray<{ measure?: string; unit?: RegExp; nature: Nature }> = [
  { measure: 'yoy_pct', nature: 'intensive' },
  { measure: 'rate_pct', nature: 'intensive' },
  { measure: 'share_pct', nature: 'intensive' },
  { unit: /^%$|％|\/亩$|\/人$|\/平方/, nature: 'intensive' },
  { measure: 'count', nature: 'extensive' },
  { measure: 'investment', nature: 'extensive' },
  { measure: 'area_mu', nature: 'extensive' },
];

export function measureNature(measure: string, unit = ''): Nature {
  for (const r of NATURE_RULES) {
    if (r.measure !== undefined && r.measure !== measure) continue;
    if (r.unit !== undefined && !r.unit.test(unit)) continue;
    return r.nature;
  }
  // Anything else (亿元 values, counts of things) is a total: drawn as a symbol, never a fill.
  return 'extensive';
}

/** Growth rates diverge around 0 so that a fall is visibly a fall; any negative value forces it too. */
export type PaletteKind = 'sequential' | 'diverging';

const DIVERGING_MEASURES = new Set(['yoy_pct']);

export function paletteKind(measure: string, values: readonly number[] = []): PaletteKind {
  if (DIVERGING_MEASURES.has(measure)) return 'diverging';
  return values.some((v) => v < 0) ? 'diverging' : 'sequential';
}

/*
 * ColorBrewer 9-class ramps (Cynthia Brewer, Penn State; Apache-2.0), all marked colour-blind safe.
 * Light → dark. Index 0 is nearly white and reads like background, so classes use indices 1..8.
 */
const YLGNBU_9 = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];
/** Diverging sides, built from RdBu's hues: reds for below zero, blues for above. */
const REDS_9 = ['#fff5f0', '#fee0d2', '#fcbba1', '#fc9272', '#fb6a4a', '#ef3b2c', '#cb181d', '#a50f15', '#67000d'];
const BLUES_9 = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export const PALETTES = { sequential: YLGNBU_9, negative: REDS_9, positive: BLUES_9 } as const;

/** Colour for an extensive symbol (single hue; size carries the value). */
export const SYMBOL_FILL = '#3b6fb6';
export const SYMBOL_STROKE = '#1b365d';
export const NO_DATA_STROKE = '#7a7a7a';

/**
 * Pick n colours from a 9-class light→dark ramp, spread so few classes still contrast and
 * many classes stay distinct (n ≤ 8).
 */
export function pickRamp(ramp: readonly string[], n: number): string[] {
  if (n <= 0) return [];
  const count = Math.min(n, 8);
  const lo = Math.max(1, 5 - count);
  const hi = Math.min(8, 3 + count);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const idx = count === 1 ? lo : Math.round(lo + ((hi - lo) * i) / (count - 1));
    out.push(ramp[idx]);
  }
  return out;
}

export const BreakMethodSchema = z.enum(['quantile', 'equal', 'manual']);
export type BreakMethod = z.infer<typeof BreakMethodSchema>;

export interface BreakSpec {
  method: BreakMethod;
  /** Thresholds for `manual`, ascending. */
  manual?: number[];
}

export const DEFAULT_CLASSES = 5;
export const MAX_CLASSES = 7;

/**
 * Thresholds t1 < t2 < … : class 0 is v < t1, class i is t_i ≤ v < t_{i+1}, the last is v ≥ t_n.
 * This is exactly MapLibre's `step` expression, so classify() and the map never disagree.
 */
export function classify(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= thresholds[i]) i++;
  return i;
}

function uniqueSorted(values: readonly number[]): number[] {
  return [...new Set(values.filter((v) => Number.isFinite(v)))].sort((a, b) => a - b);
}

/** Quantile thresholds taken from the data, so every class holds about n/k values. */
export function quantileThresholds(values: readonly number[], k = DEFAULT_CLASSES): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const distinct = uniqueSorted(sorted);
  const classes = Math.max(1, Math.min(k, distinct.length));
  const t: number[] = [];
  let last = sorted[0];
  for (let i = 1; i < classes; i++) {
    let x = sorted[Math.floor((i * sorted.length) / classes)];
    // Ties: a threshold at or below the previous one would leave a class empty; move up to the
    // next distinct value so every class holds at least one value.
    if (x <= last) {
      const next = distinct.find((d) => d > last);
      if (next === undefined) break;
      x = next;
    }
    t.push(x);
    last = x;
  }
  return t;
}

/** Equal-width classes between min and max, rounded to 3 significant digits for a readable legend. */
export function equalIntervalThresholds(values: readonly number[], k = DEFAULT_CLASSES): number[] {
  const u = uniqueSorted(values);
  if (u.length < 2) return [];
  // Unlike quantiles, equal-width classes may be empty: that is the point of the method.
  const classes = Math.max(1, k);
  const min = u[0];
  const max = u[u.length - 1];
  const t: number[] = [];
  for (let i = 1; i < classes; i++) t.push(roundSig(min + ((max - min) * i) / classes, 3));
  return uniqueSorted(t).filter((x) => x > min && x <= max);
}

export function roundSig(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = Math.pow(10, digits - Math.ceil(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}

export interface ColourClass {
  /** Inclusive lower bound (−∞ for the first class). */
  min: number;
  /** Exclusive upper bound (+∞ for the last class). */
  max: number;
  colour: string;
  /** Below zero (diverging palettes only). */
  negative: boolean;
}

export interface ColourScale {
  kind: PaletteKind;
  method: BreakMethod;
  thresholds: number[];
  classes: ColourClass[];
  /** Smallest and largest value the breaks were computed from (all periods). */
  domain: [number, number] | null;
  /** Set when 0 had to be added to keep negative and positive values in different classes. */
  zeroInserted: boolean;
}

/**
 * Build the colour classes for an indicator/measure from its values over ALL periods, so a colour
 * means the same number whichever period is shown.
 */
export function colourScale(
  values: readonly number[],
  measure: string,
  spec: BreakSpec = { method: 'quantile' },
  k = DEFAULT_CLASSES,
): ColourScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const kind = paletteKind(measure, finite);
  const domain: [number, number] | null = finite.length
    ? [Math.min(...finite), Math.max(...finite)]
    : null;
  let thresholds: number[];
  switch (spec.method) {
    case 'manual':
      thresholds = uniqueSorted(spec.manual ?? []).slice(0, MAX_CLASSES - 1);
      break;
    case 'equal':
      thresholds = equalIntervalThresholds(finite, k);
      break;
    default:
      thresholds = quantileThresholds(finite, k);
  }
  let zeroInserted = false;
  if (kind === 'diverging' && domain && domain[0] < 0 && domain[1] > 0 && !thresholds.includes(0)) {
    thresholds = uniqueSorted([...thresholds, 0]);
    zeroInserted = true;
  }
  const bounds = [-Infinity, ...thresholds, Infinity];
  const n = thresholds.length + 1;
  const isNeg = (i: number) => kind === 'diverging' && bounds[i + 1] <= 0;
  const nNeg = Array.from({ length: n }, (_, i) => i).filter(isNeg).length;
  const negColours = pickRamp(PALETTES.negative, nNeg).reverse(); // darkest = most negative
  const posColours =
    kind === 'diverging' ? pickRamp(PALETTES.positive, n - nNeg) : pickRamp(PALETTES.sequential, n);
  const classes: ColourClass[] = [];
  for (let i = 0; i < n; i++) {
    const negative = isNeg(i);
    classes.push({
      min: bounds[i],
      max: bounds[i + 1],
      colour: negative ? negColours[i] : posColours[i - nNeg],
      negative,
    });
  }
  return { kind, method: spec.method, thresholds, classes, domain, zeroInserted };
}

export function colourFor(value: number, scale: ColourScale): string {
  return scale.classes[classify(value, scale.thresholds)].colour;
}

/** MapLibre `step` over a numeric input; the class colours in order. */
export function stepExpression(input: unknown, scale: ColourScale): unknown[] {
  const expr: unknown[] = ['step', input, scale.classes[0].colour];
  scale.thresholds.forEach((t, i) => expr.push(t, scale.classes[i + 1].colour));
  return expr;
}

/* ---------- proportional symbols ---------- */

export const MAX_SYMBOL_RADIUS = 28;
/** Radius of an intensive (coloured, fixed-size) zone circle. */
export const FIXED_SYMBOL_RADIUS = 8;
/** Hollow ring for a zone without a value. */
export const NO_DATA_RADIUS = 4;

export interface SizeScale {
  /** Largest value over all periods: it gets MAX_SYMBOL_RADIUS. */
  max: number;
  maxRadius: number;
}

export function sizeScale(values: readonly number[], maxRadius = MAX_SYMBOL_RADIUS): SizeScale {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  return { max: pos.length ? Math.max(...pos) : 0, maxRadius };
}

/** Area ∝ value: radius ∝ √value (Flannery's apparent-magnitude correction deliberately not applied). */
export function radiusFor(value: number, scale: SizeScale): number {
  if (!(value > 0) || scale.max <= 0) return 0;
  return scale.maxRadius * Math.sqrt(value / scale.max);
}

/** Constant k such that radius = k·√value; used inside a MapLibre expression. */
export function radiusFactor(scale: SizeScale): number {
  return scale.max > 0 ? scale.maxRadius / Math.sqrt(scale.max) : 0;
}

/** A 1-2-5 "nice" number at or below x. */
export function niceFloor(x: number): number {
  if (!(x > 0)) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  const m = x / p;
  const step = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return step * p;
}

/** Values for the size legend: a nice number near the max and two smaller ones. */
export function sizeLegendValues(scale: SizeScale): number[] {
  if (scale.max <= 0) return [];
  const top = niceFloor(scale.max);
  return [...new Set([top, niceFloor(top / 4), niceFloor(top / 20)])].filter((v) => v > 0);
}

/* ---------- the encoding for one view ---------- */

export interface Encoding {
  nature: Nature;
  /** Colour classes: used by intensive measures (city fills, zone circle fill). */
  colour: ColourScale;
  /** Size scale: used by extensive measures (zone and city-total circles). */
  size: SizeScale;
  unit: string;
}

export function encodingFor(
  allValues: readonly number[],
  measure: string,
  unit: string,
  spec: BreakSpec = { method: 'quantile' },
): Encoding {
  return {
    nature: measureNature(measure, unit),
    colour: colourScale(allValues, measure, spec),
    size: sizeScale(allValues),
    unit,
  };
}
