import { describe, expect, it } from 'vitest';
import type { AtlasFact } from '../../src/data/schemas';
import { buildCatalogue } from '../../src/data/indicators';
import { parseBreaks, parseViewParams, resolveView, serializeView } from '../../src/state/view';

const H1 = '2023-01/2023-06';
const Q3 = '2023-01/2023-09';
const base = {
  subject: 'x', scope: 'zone' as const, city: '太原市', unit: '亿元', kind: 'actual' as const, approx: false,
  source: { seed: 's', start: 0, end: 1 }, quote: 'q',
};
const facts: AtlasFact[] = [
  { ...base, id: '1', subject_id: 'Z1', period: H1, indicator: 'industrial_value_added', measure: 'value', value: 5 },
  { ...base, id: '2', subject_id: 'Z1', period: Q3, indicator: 'industrial_value_added', measure: 'yoy_pct', value: 2.7, unit: '%' },
  { ...base, id: '3', subject_id: 'Z2', period: Q3, indicator: 'revenue', measure: 'value', value: 9 },
];
const ctx = { catalogue: buildCatalogue(facts), periods: [H1, Q3], facts };
const read = (qs: string) => resolveView(parseViewParams(new URLSearchParams(qs)), ctx);

describe('view state from the URL', () => {
  it('a full, valid URL is taken as is', () => {
    const { state, notices } = read('indicator=revenue&measure=value&period=2023-01/2023-06&kind=target&asof=1&breaks=equal');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      indicator: 'revenue', measure: 'value', period: H1, kind: 'target', asof: true, breaks: { method: 'equal' },
    });
  });

  it('an empty URL gives the defaults: first indicator with data, latest period with data', () => {
    const { state, notices } = read('');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ indicator: 'industrial_value_added', measure: 'value', period: H1, kind: 'actual', asof: false });
  });

  it('round-trips: serialise then parse gives the same state', () => {
    const { state } = read('indicator=industrial_value_added&measure=yoy_pct&period=2023-01/2023-09&asof=1&breaks=manual:-5,0,5');
    const qs = new URLSearchParams(
      Object.entries(serializeView(state)).filter((e): e is [string, string] => e[1] !== null),
    ).toString();
    expect(read(qs).state).toEqual(state);
    expect(read(qs).notices).toEqual([]);
  });

  it.each([
    ['indicator=nonsense_key', 'indicator'],
    ['indicator=<script>', 'indicator'],
    ['indicator=output_intensity', 'indicator'], // listed, but no data
    ['measure=area_mu', 'measure'],
    ['period=2023-13/2023-14', 'period'],
    ['period=2022-01/2022-06', 'period'],
    ['kind=maybe', 'kind'],
    ['asof=yes', 'asof'],
    ['breaks=jenks', 'breaks'],
    ['breaks=manual:5,2', 'breaks'],
    ['breaks=manual:1,2,3,4,5,6,7,8', 'breaks'],
    ['breaks=manual:a,b', 'breaks'],
  ])('malformed %s falls back to a default with a notice naming %s', (qs, param) => {
    const { state, notices } = read(qs);
    expect(notices.map((n) => n.param)).toContain(param);
    const n = notices.find((x) => x.param === param)!;
    expect(n.zh).toContain(param);
    expect(n.en).toContain('invalid');
    // still a usable view
    expect(ctx.periods).toContain(state.period);
    expect(ctx.catalogue.flatMap((g) => g.indicators).find((i) => i.key === state.indicator)!.measures).toContain(state.measure);
  });

  it('an atlas without facts gives a quiet default view, and a URL value still earns a notice', () => {
    const empty = { catalogue: buildCatalogue([]), periods: [], facts: [] };
    const quiet = resolveView(parseViewParams(new URLSearchParams('')), empty);
    expect(quiet.notices).toEqual([]);
    expect(quiet.state.indicator).toBe('industrial_value_added');
    const loud = resolveView(parseViewParams(new URLSearchParams('period=2023-01/2023-06')), empty);
    expect(loud.notices.map((n) => n.param)).toEqual(['period']);
  });

  it('manual breaks parse to numbers, including negatives', () => {
    expect(parseBreaks('manual:-5,0,2.5')).toEqual({ ok: true, value: { method: 'manual', manual: [-5, 0, 2.5] } });
    expect(parseBreaks('quantile')).toEqual({ ok: true, value: { method: 'quantile' } });
    expect(parseBreaks('quantile:3').ok).toBe(false);
  });
});
