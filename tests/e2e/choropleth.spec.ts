/**
 * The indicator view as planners and presenters use it: pick an indicator and a period through
 * the UI or the URL and the map's colours and circle sizes follow; missing data looks missing;
 * the legend matches what is drawn; play steps through every period and stops.
 *
 * Scenarios are chosen from the atlas the build produced (fetched from the preview server), so
 * the tests follow the data instead of hard-coding numbers. What the map draws is read back from
 * MapLibre's rendered features (evaluated paint, feature-state), not only from the DOM.
 */
import type { Page } from '@playwright/test';
import { expect, searchParam, test, waitForMap } from './fixtures';
import { AtlasSchema, type Atlas } from '../../src/data/schemas';
import { selectValues, periodLabel } from '../../src/data/selectors';
import { isMapped } from '../../src/data/indicators';
import { measureNature } from '../../src/map/encodings';

async function loadAtlas(page: Page): Promise<Atlas> {
  const manifest = await (await page.request.get('./data/manifest.json')).json();
  expect(manifest.files.atlas, 'the build must emit atlas.json').toBeTruthy();
  return AtlasSchema.parse(await (await page.request.get(`./data/${manifest.files.atlas.path}`)).json());
}

interface Scenario {
  indicator: string;
  measure: string;
  /** Periods (in slider order) with mapped actual values. */
  periods: string[];
}

/** Indicator/measure pairs with mapped actual values in at least `minPeriods` periods. */
function scenarios(atlas: Atlas, want: (s: Scenario & { scopes: Set<string>; unit: string }) => boolean): Scenario[] {
  const by = new Map<string, Scenario & { scopes: Set<string>; unit: string }>();
  for (const f of atlas.facts) {
    if (!isMapped(f) || f.kind !== 'actual') continue;
    const k = `${f.indicator}|${f.measure}`;
    const s = by.get(k) ?? { indicator: f.indicator, measure: f.measure, periods: [], scopes: new Set<string>(), unit: f.unit };
    if (!s.periods.includes(f.period)) s.periods.push(f.period);
    s.scopes.add(f.scope);
    by.set(k, s);
  }
  const order = (p: string) => atlas.periods.indexOf(p);
  return [...by.values()].map((s) => ({ ...s, periods: s.periods.sort((a, b) => order(a) - order(b)) })).filter(want);
}

const viewUrl = (s: { indicator: string; measure: string }, period: string, extra = '') =>
  `./?indicator=${s.indicator}&measure=${s.measure}&period=${encodeURIComponent(period)}${extra}`;

/** Rendered city fills: evaluated colour/opacity and feature-state per adcode. */
async function renderedCities(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlas.map!;
    const rgba = (c: unknown) => {
      const o = c as { r: number; g: number; b: number; a: number };
      return [o.r, o.g, o.b, o.a].map((x) => Math.round(x * 255));
    };
    const out: Record<string, { colour: number[]; opacity: number; hatch: number; state: Record<string, unknown> }> = {};
    for (const f of map.queryRenderedFeatures({ layers: ['choropleth-fill'] })) {
      const code = String(f.properties.adcode);
      out[code] = {
        colour: rgba(f.layer.paint!['fill-color' as never]),
        opacity: f.layer.paint!['fill-opacity' as never] as number,
        hatch: 0,
        state: f.state,
      };
    }
    for (const f of map.queryRenderedFeatures({ layers: ['choropleth-nodata'] })) {
      const code = String(f.properties.adcode);
      if (out[code]) out[code].hatch = f.layer.paint!['fill-opacity' as never] as number;
    }
    return out;
  });
}

/** Rendered zone circles: evaluated radius, fill opacity and feature-state per zone id. */
async function renderedZones(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlas.map!;
    const out: Record<string, { radius: number; opacity: number; state: Record<string, unknown> }> = {};
    for (const f of map.queryRenderedFeatures({ layers: ['zone-value-circles'] })) {
      out[f.properties.zone_id as string] = {
        radius: f.layer.paint!['circle-radius' as never] as number,
        opacity: f.layer.paint!['circle-opacity' as never] as number,
        state: f.state,
      };
    }
    return out;
  });
}

const hex = (c: number[]) => `#${c.slice(0, 3).map((x) => x.toString(16).padStart(2, '0')).join('')}`;

async function legendClasses(page: Page) {
  return page.locator('[data-testid="legend-class"]').evaluateAll((els) =>
    els.map((e) => ({
      colour: (e as HTMLElement).dataset.colour!,
      min: Number((e as HTMLElement).dataset.min),
      max: Number((e as HTMLElement).dataset.max),
    })),
  );
}

test('URL view: city colours come from the data, match the legend, and missing data is hatched', async ({ page, net }) => {
  const atlas = await loadAtlas(page);
  const s = scenarios(atlas, (x) => measureNature(x.measure, x.unit) === 'intensive' && x.scopes.has('city'))[0];
  expect(s, 'the seeds give city-level growth or rates').toBeTruthy();
  const period = s.periods.find((p) =>
    [...selectValues(atlas.facts, { ...s, period: p, kind: 'actual', asof: false }).values()].some((v) => v.scope === 'city'),
  )!;
  const expected = selectValues(atlas.facts, { ...s, period, kind: 'actual', asof: false });

  await page.goto(viewUrl(s, period));
  await waitForMap(page);
  await expect(page.getByTestId('legend')).toHaveAttribute('data-nature', 'intensive');
  await expect(page.getByTestId('period-label')).toHaveText(periodLabel(period, 'zh'));
  await expect(page.getByTestId('legend-unit')).toContainText(expected.values().next().value!.unit);

  const classes = await legendClasses(page);
  expect(classes.length).toBeGreaterThan(0);
  const cities = await renderedCities(page);
  expect(Object.keys(cities)).toHaveLength(11);
  let withData = 0;
  let withoutData = 0;
  for (const [code, c] of Object.entries(cities)) {
    const fv = expected.get(code);
    if (fv) {
      withData++;
      expect(c.state.v).toBe(fv.value);
      expect(c.opacity).toBeGreaterThan(0.4);
      expect(c.hatch).toBe(0);
      // The drawn colour is the legend class whose range holds the value.
      const cls = classes.find((k) => fv.value >= k.min && fv.value < k.max)!;
      expect(hex(c.colour)).toBe(cls.colour);
    } else {
      withoutData++;
      expect(c.state.has).toBe(false);
      expect(c.opacity, `${code} without data must not be filled like a value`).toBe(0);
      expect(c.hatch, `${code} without data is hatched`).toBe(1);
    }
  }
  expect(withData).toBeGreaterThan(0);
  expect(withoutData).toBeGreaterThan(0);
  await expect(page.getByTestId('legend-nodata')).toBeVisible();
  expect(net.errors).toEqual([]);
});

test('period changed with the keyboard on the slider resizes the zone circles; no-data zones stay hollow', async ({ page }) => {
  const atlas = await loadAtlas(page);
  // An extensive measure and two periods where zone values differ, with at least two distinct values to compare sizes.
  let pick: { s: Scenario; p1: string; p2: string } | null = null;
  for (const c of scenarios(atlas, (x) => measureNature(x.measure, x.unit) === 'extensive' && x.scopes.has('zone')))
    for (let i = 0; i + 1 < c.periods.length && !pick; i++) {
      const a = selectValues(atlas.facts, { ...c, period: c.periods[i], kind: 'actual', asof: false });
      const b = selectValues(atlas.facts, { ...c, period: c.periods[i + 1], kind: 'actual', asof: false });
      const zoneVals = [...a.values(), ...b.values()].filter((v) => v.scope === 'zone' && v.value > 0).map((v) => v.value);
      if (new Set(zoneVals).size >= 2) pick = { s: c, p1: c.periods[i], p2: c.periods[i + 1] };
    }
  expect(pick, 'the seeds give zone totals in several periods').toBeTruthy();
  const { s, p1, p2 } = pick!;
  const v1 = selectValues(atlas.facts, { ...s, period: p1, kind: 'actual', asof: false });
  const v2 = selectValues(atlas.facts, { ...s, period: p2, kind: 'actual', asof: false });

  await page.goto(viewUrl(s, p1));
  await waitForMap(page);
  await expect(page.getByTestId('legend')).toHaveAttribute('data-nature', 'extensive');
  await expect(page.getByTestId('size-legend')).toBeVisible();
  const before = await renderedZones(page);
  for (const [id, z] of Object.entries(before)) {
    if (v1.has(id)) {
      expect(z.opacity).toBeGreaterThan(0);
      expect(z.radius).toBeGreaterThanOrEqual(2);
    } else {
      expect(z.opacity, `${id} without data is hollow`).toBe(0);
    }
  }
  const slider = page.getByTestId('period-range');
  await slider.focus();
  const steps = atlas.periods.indexOf(p2) - atlas.periods.indexOf(p1);
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('period-label')).toHaveText(periodLabel(p2, 'zh'));
  await expect.poll(() => searchParam(page, 'period')).toBe(p2);

  const after = await renderedZones(page);
  const changed = Object.keys(after).filter((id) => v1.get(id)?.value !== v2.get(id)?.value);
  expect(changed.length, 'some zone values differ between the two periods').toBeGreaterThan(0);
  for (const id of changed) {
    const was = before[id];
    const now = after[id];
    expect([now.radius, now.opacity], `zone ${id} follows the period`).not.toEqual([was.radius, was.opacity]);
    if (v2.has(id)) expect(now.state.v).toBe(v2.get(id)!.value);
    else expect(now.opacity).toBe(0);
  }

  // Area ∝ value on ONE scale for all periods: radius²/value is the same for every drawn zone
  // in both snapshots (values so small they hit the 2 px floor are left out).
  const drawn = [
    ...[...v1.values()].filter((v) => v.scope === 'zone').map((v) => [v.value, before[v.subject_id]?.radius] as const),
    ...[...v2.values()].filter((v) => v.scope === 'zone').map((v) => [v.value, after[v.subject_id]?.radius] as const),
  ].filter(([v, r]) => v > 0 && r !== undefined && r > 2.01) as [number, number][];
  expect(new Set(drawn.map(([v]) => v)).size, 'at least two different values to compare').toBeGreaterThanOrEqual(2);
  const k = drawn[0][1] ** 2 / drawn[0][0];
  for (const [v, r] of drawn) expect(r ** 2 / v).toBeCloseTo(k, 3);
});

test('indicator changed in the picker recolours the map and lands in the URL; reload restores it', async ({ page }) => {
  const atlas = await loadAtlas(page);
  const all = scenarios(atlas, (x) => x.scopes.has('zone'));
  const from = all[0];
  const to = all.find((x) => x.indicator !== from.indicator)!;
  await page.goto(viewUrl(from, from.periods[from.periods.length - 1]));
  await waitForMap(page);
  const before = await page.evaluate(() => window.__atlasView!.stores.$encoding.get());

  await page.getByTestId('indicator-select').selectOption(to.indicator);
  await expect.poll(() => searchParam(page, 'indicator')).toBe(to.indicator);
  await expect(page.getByTestId('legend')).toContainText((await page.getByTestId('indicator-select').locator('option:checked').textContent())!.trim());
  const view = await page.evaluate(() => window.__atlasView!.stores.$view.get()!);
  const expected = selectValues(atlas.facts, { ...view, asof: false });
  const zones = await renderedZones(page);
  const encAfter = await page.evaluate(() => window.__atlasView!.stores.$encoding.get());
  expect(encAfter).not.toEqual(before);
  for (const [id, z] of Object.entries(zones)) {
    if (expected.has(id)) expect(z.state.v).toBe(expected.get(id)!.value);
    else expect(z.state.has).toBe(false);
  }

  const url = page.url();
  await page.reload();
  await waitForMap(page);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('indicator-select')).toHaveValue(to.indicator);
  const reloaded = await page.evaluate(() => window.__atlasView!.stores.$view.get()!);
  expect(reloaded).toEqual(view);
});

test('play steps through every period in order and stops at the end', async ({ page }) => {
  const atlas = await loadAtlas(page);
  await page.goto(`./?period=${encodeURIComponent(atlas.periods[0])}`);
  await waitForMap(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.__atlasView!.stores.$view.listen((v) => {
      if (v && seen[seen.length - 1] !== v.period) seen.push(v.period);
    });
  });
  const play = page.getByTestId('play');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await play.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(play).toHaveAttribute('aria-pressed', 'false', { timeout: atlas.periods.length * 1000 + 5000 });
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toEqual(atlas.periods.slice(1));
  await page.waitForTimeout(600);
  await expect(page.getByTestId('period-label')).toHaveText(periodLabel(atlas.periods[atlas.periods.length - 1], 'zh'));
  expect(searchParam(page, 'period')).toBe(atlas.periods[atlas.periods.length - 1]);
  await expect(page.getByTestId('period-range')).toHaveAttribute('aria-valuetext', periodLabel(atlas.periods[atlas.periods.length - 1], 'zh'));
});

test('as-of mode fills gaps with older values, marked as older on the map and in the tooltip', async ({ page }) => {
  const atlas = await loadAtlas(page);
  // A view where a zone has a value earlier but none in a later period.
  let found: { s: Scenario; period: string; zone: string } | null = null;
  for (const s of scenarios(atlas, (x) => x.scopes.has('zone')))
    for (const period of atlas.periods) {
      const exact = selectValues(atlas.facts, { ...s, period, kind: 'actual', asof: false });
      const asof = selectValues(atlas.facts, { ...s, period, kind: 'actual', asof: true });
      const zone = [...asof.values()].find((v) => v.scope === 'zone' && v.older && !exact.has(v.subject_id));
      if (zone && !found) found = { s, period, zone: zone.subject_id };
    }
  expect(found, 'sparse reports leave gaps for as-of to fill').toBeTruthy();
  const { s, period, zone } = found!;
  await page.goto(viewUrl(s, period));
  await waitForMap(page);
  expect((await renderedZones(page))[zone].state.has).toBe(false);

  await page.getByTestId('asof-toggle').check();
  await expect.poll(() => searchParam(page, 'asof')).toBe('1');
  await expect(page.getByTestId('legend-older')).toBeVisible();
  await expect.poll(async () => (await renderedZones(page))[zone].state).toMatchObject({ has: true, older: true });

  // Keyboard: the feature list button of that zone shows the tooltip with the older marker.
  await page.locator(`[data-testid="feature-list"] button[data-id="${zone}"]`).focus();
  const tip = page.getByTestId('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('data-id', zone);
  await expect(page.getByTestId('tooltip-older')).toBeVisible();
  const fv = selectValues(atlas.facts, { ...s, period, kind: 'actual', asof: true }).get(zone)!;
  await expect(tip).toContainText(periodLabel(fv.period, 'zh'));
  await expect(tip).toContainText(fv.unit);

  // The feature list is one tab stop; arrow keys walk the features and the tooltip follows.
  await expect(page.locator('[data-testid="feature-list"] button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(tip).not.toHaveAttribute('data-id', zone);
  await page.keyboard.press('ArrowUp');
  await expect(tip).toHaveAttribute('data-id', zone);
});

test('hovering a zone with data shows its value, unit, period and actual/target', async ({ page }) => {
  const atlas = await loadAtlas(page);
  const s = scenarios(atlas, (x) => measureNature(x.measure, x.unit) === 'extensive' && x.scopes.has('zone'))[0];
  const period = s.periods[s.periods.length - 1];
  const fv = [...selectValues(atlas.facts, { ...s, period, kind: 'actual', asof: false }).values()].find((v) => v.scope === 'zone')!;
  await page.goto(viewUrl(s, period));
  await waitForMap(page);
  const pt = await page.evaluate((id) => {
    const map = window.__atlas.map!;
    const z = window.__atlas.stores.$atlas.get()!.zones.find((x) => x.id === id)!;
    const p = map.project([z.lon, z.lat]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, fv.subject_id);
  await page.mouse.move(pt.x, pt.y);
  const tip = page.getByTestId('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(fv.unit);
  await expect(tip).toContainText(periodLabel(period, 'zh'));
  await expect(tip).toContainText('实际');
});

test('malformed view parameters fall back to defaults with visible notices, never a crash', async ({ page, net }) => {
  await page.goto('./?indicator=no_such_thing&measure=Bad!&period=2099-01/2099-12&kind=maybe&breaks=manual:9,1');
  await waitForMap(page);
  const notices = page.locator('.notice');
  await expect(notices.filter({ hasText: 'indicator' })).toBeVisible();
  await expect(notices.filter({ hasText: 'period' })).toBeVisible();
  await expect(notices.filter({ hasText: 'kind' })).toBeVisible();
  await expect(notices.filter({ hasText: 'breaks' })).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  const view = await page.evaluate(() => window.__atlasView!.stores.$view.get()!);
  expect(view.indicator).not.toBe('no_such_thing');
  expect(view.kind).toBe('actual');
  expect(view.breaks).toEqual({ method: 'quantile' });
  expect(net.errors).toEqual([]);
});

test('class breaks: equal interval and manual breaks are selectable, reach the URL and redraw the legend', async ({ page }) => {
  const atlas = await loadAtlas(page);
  const s = scenarios(atlas, (x) => measureNature(x.measure, x.unit) === 'intensive')[0];
  await page.goto(viewUrl(s, s.periods[s.periods.length - 1]));
  await waitForMap(page);
  const quantile = await legendClasses(page);

  await page.getByTestId('breaks-select').selectOption('manual');
  await page.getByTestId('breaks-manual').fill('0, 10, 20');
  await page.getByTestId('breaks-manual').press('Enter');
  await expect.poll(() => searchParam(page, 'breaks')).toBe('manual:0,10,20');
  await expect.poll(async () => (await legendClasses(page)).map((c) => c.min).sort((a, b) => a - b)).toEqual([-Infinity, 0, 10, 20]);

  await page.getByTestId('breaks-manual').fill('20, 5');
  await page.getByTestId('breaks-manual').press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(searchParam(page, 'breaks')).toBe('manual:0,10,20');

  await page.getByTestId('breaks-select').selectOption('equal');
  await expect.poll(() => searchParam(page, 'breaks')).toBe('equal');
  const equal = await legendClasses(page);
  expect(equal.length).toBeGreaterThan(0);
  expect(equal).not.toEqual(quantile);
});
