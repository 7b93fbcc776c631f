/**
 * Zones on the map as a planner meets them: every gazetteer zone is drawn, a click opens its figures
 * by period with units, actual/target and the source sentence, the selection lives in ?zone=, a city
 * lists its own figures and its zones, and the data-quality tab reports what could not be placed.
 */
import type { Page } from '@playwright/test';
import { clickCity, expect, searchParam, test, waitForMap } from './fixtures';

const QINGXU = '14201009';

async function waitForAtlas(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas.stores.$atlas.get() !== null, null, { timeout: 30_000 });
  // The zones source is filled from the atlas; wait until its circles are on screen.
  await page.waitForFunction(() => (window.__atlas.map?.queryRenderedFeatures({ layers: ['zone-circles'] }).length ?? 0) > 0);
}

/** Page position of a zone's point. */
async function zonePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((zid) => {
    const map = window.__atlas.map!;
    const z = window.__atlas.stores.$atlas.get()!.zones.find((x) => x.id === zid)!;
    const p = map.project([z.lon, z.lat]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
}

async function clickZone(page: Page, id: string): Promise<void> {
  const { x, y } = await zonePoint(page, id);
  await page.mouse.click(x, y);
}

test('every zone of the gazetteer is drawn; zones without figures are hollow', async ({ page, net }) => {
  await page.goto('./');
  await waitForMap(page);
  await waitForAtlas(page);
  const r = await page.evaluate(() => {
    const map = window.__atlas.map!;
    const atlas = window.__atlas.stores.$atlas.get()!;
    const feats = map.queryRenderedFeatures({ layers: ['zone-circles'] });
    const ids = new Set(feats.map((f) => f.properties.zone_id as string));
    const hollow = feats.filter((f) => f.properties.has_facts === false).length;
    const withFacts = new Set(atlas.facts.flatMap((f) => [f.subject_id, ...(f.member_ids ?? [])]));
    const expectedHollow = atlas.zones.filter((z) => !withFacts.has(z.id)).length;
    return { drawn: ids.size, zones: atlas.zones.length, hollow: new Set(feats.filter((f) => f.properties.has_facts === false).map((f) => f.properties.zone_id)).size, expectedHollow, anyHollow: hollow };
  });
  expect(r.zones).toBeGreaterThanOrEqual(55);
  expect(r.drawn).toBe(r.zones);
  expect(r.hollow).toBe(r.expectedHollow);
  await expect(page.getByTestId('zone-legend')).toBeVisible();
  expect(net.errors).toEqual([]);
});

test('clicking 清徐经济开发区 shows its 2023 前三季度 规上工业增加值 with the source sentence', async ({ page, net }) => {
  await page.goto('./');
  await waitForMap(page);
  await waitForAtlas(page);
  await clickZone(page, QINGXU);

  const panel = page.getByTestId('zone-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-zone-id', QINGXU);
  await expect(page.getByTestId('zone-name')).toHaveText('清徐经济开发区');
  expect(searchParam(page, 'zone')).toBe(QINGXU);
  // The panel says how (im)precise the point is.
  await expect(page.getByTestId('zone-precision')).toHaveText('县级示意位置');
  await expect(page.getByTestId('zone-location-note')).toContainText('清徐县');

  const q3 = panel.locator('[data-period="2023-01/2023-09"]');
  // 前三季度 = January–September (the app's shared period label writes it 1–9月).
  await expect(q3.locator('.zf-period-label')).toHaveText(/^2023年(前三季度|1[–-]9月)$/);
  const value = q3.locator('[data-testid="zone-fact"][data-indicator="industrial_value_added"][data-measure="value"][data-kind="actual"]');
  await expect(value.getByTestId('zone-fact-value')).toHaveText('112.78 亿元');
  await expect(value.locator('.zf-kind')).toHaveText('实际');
  await expect(value.getByTestId('zone-fact-quote')).toContainText('112.78');
  await expect(value.getByTestId('zone-fact-quote')).toContainText('亿元');
  const growth = q3.locator('[data-testid="zone-fact"][data-indicator="industrial_value_added"][data-measure="yoy_pct"][data-kind="actual"]');
  await expect(growth.getByTestId('zone-fact-value')).toHaveText('+2.7%');
  await expect(growth.getByTestId('zone-fact-quote')).toContainText('2.7');

  // The selection survives a reload from its URL.
  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone-id', QINGXU);
  expect(await page.evaluate(() => window.__atlas.map!.getFeatureState({ source: 'zones', id: window.__atlas.stores.$atlas.get()!.zones.findIndex((z) => z.id === '14201009') }).selected)).toBe(true);
  expect(net.errors).toEqual([]);
});

test('a city lists its figures and its zones; a zone in the list opens the zone; ?zone= restores it', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await waitForAtlas(page);
  await clickCity(page, '140100');
  const list = page.getByTestId('city-zones');
  await expect(list).toBeVisible();
  await expect(list.getByTestId('city-zone-link').filter({ hasText: '清徐经济开发区' })).toBeVisible();
  await expect(list.getByTestId('city-zone-link').filter({ hasText: '太原中北高新技术产业开发区' })).toBeVisible();
  await list.getByTestId('city-zone-link').filter({ hasText: '阳曲现代农业产业示范区' }).click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone-id', 'SX-yangqu-nongye');
  expect(searchParam(page, 'zone')).toBe('SX-yangqu-nongye');

  // Clicking the map away from any zone closes the zone.
  await page.mouse.click(640, 60);
  await expect(page.getByTestId('zone-panel')).toHaveCount(0);

  await page.goto('./?zone=SX-jinzhong-nonggao');
  await waitForMap(page);
  await expect(page.getByTestId('zone-name')).toHaveText('晋中国家农业高新技术产业示范区');
  await expect(page.getByTestId('zone-panel')).toContainText('太谷区');
});

test('a link may name its zone and city; the address bar then holds their codes, with no extra history entry', async ({ page }) => {
  // A portal editor writes the names by hand: the zone by a short alias, the city by its short name.
  await page.goto('./');
  const before = await page.evaluate(() => history.length);
  await page.goto(`./?zone=${encodeURIComponent('中北高新区')}`);
  await waitForMap(page);
  await waitForAtlas(page);
  await expect(page.getByTestId('zone-name')).toHaveText('太原中北高新技术产业开发区');
  await expect.poll(() => searchParam(page, 'zone')).toBe('SX-zhongbei-gaoxin');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await expect(page.locator('.notice')).toHaveCount(0);

  await page.goto(`./?city=${encodeURIComponent('晋中')}`);
  await waitForMap(page);
  await expect.poll(() => searchParam(page, 'city')).toBe('140700');
  await expect(page.getByTestId('city-zones')).toBeVisible();
});

test('a ?zone= that names no zone falls back with a notice', async ({ page }) => {
  await page.goto('./?zone=SX-no-such-zone');
  await waitForMap(page);
  await waitForAtlas(page);
  await expect(page.getByTestId('zone-panel')).toHaveCount(0);
  await expect(page.locator('.notice')).toContainText('zone=SX-no-such-zone');
});

test('the data-quality tab reports how much landed on the map, from quality.json', async ({ page }) => {
  await page.goto('./?view=quality');
  await waitForMap(page);
  const panel = page.getByTestId('quality-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('quality-summary')).toContainText('个开发区有指标');
  const report = await page.evaluate(async () => (await fetch('data/quality.json')).json());
  expect(report.summary.zones).toBeGreaterThanOrEqual(55);
  if (report.issues.length) await expect(page.getByTestId('quality-issues').locator('tbody tr')).toHaveCount(report.issues.length);
});

test('zone labels appear at closer zoom, in English with ?lang=en', async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForMap(page);
  await waitForAtlas(page);
  await page.evaluate(() => window.__atlas.map!.jumpTo({ center: [112.36, 37.6], zoom: 9 }));
  await page.waitForFunction(() => window.__atlas.map!.loaded() && !window.__atlas.map!.isMoving());
  await expect
    .poll(() => page.evaluate(() => window.__atlas.map!.queryRenderedFeatures({ layers: ['zone-labels'] }).map((f) => f.properties.name_en as string)))
    .toContain('Qingxu Economic Development Zone');
});
