/** Failure is visible: each broken situation shows what failed and what to do, never a blank page. */
import { expect, test, waitForMap } from './fixtures';

test('a boundary file that fails validation names the file and the problem', async ({ page }) => {
  await page.route('**/data/cities.geojson*', async (route) => {
    const res = await route.fetch();
    const json = await res.json();
    json.features = json.features.slice(0, 10);
    await route.fulfill({ response: res, json });
  });
  await page.goto('./');
  const fatal = page.getByTestId('fatal');
  await expect(fatal).toBeVisible();
  await expect(fatal).toContainText('地图数据载入失败或未通过校验');
  await expect(fatal).toContainText('cities.geojson');
  await expect(fatal).toContainText('expected 11 cities, found 10');
  await expect(fatal).toContainText('npm run data');
});

test('a missing data file says which one', async ({ page }) => {
  await page.route('**/data/counties.geojson*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByTestId('fatal')).toContainText('counties.geojson: HTTP 404');
});

test('without WebGL the page explains instead of staying blank', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...a: unknown[]) => unknown;
    // Simulate a browser without WebGL: every WebGL context request fails, 2D still works.
    (HTMLCanvasElement.prototype as unknown as { getContext: unknown }).getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return original.call(this, type, ...rest);
    };
  });
  await page.goto('./');
  const fatal = page.getByTestId('fatal');
  await expect(fatal).toContainText('WebGL');
  await expect(fatal).toContainText('硬件加速');
  // The rest of the shell still works.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西开发区图谱');
});

test('an online basemap without network never blocks the map', async ({ page, net }) => {
  await page.goto('./?basemap=osm');
  await waitForMap(page);
  await expect(page.getByTestId('notice').filter({ hasText: '在线底图无法加载' })).toBeVisible();
  expect(net.external.some((u) => u.includes('tile.openstreetmap.org'))).toBe(true);
  const cities = await page.evaluate(
    () => new Set(window.__atlas.map!.queryRenderedFeatures({ layers: ['city-fill'] }).map((f) => f.id)).size,
  );
  expect(cities).toBe(11);
  // Switching it off from the control removes the tiles again.
  await page.getByTestId('basemap-select').selectOption('none');
  await expect.poll(() => new URL(page.url()).searchParams.get('basemap')).toBeNull();
  expect(await page.evaluate(() => !!window.__atlas.map!.getLayer('basemap'))).toBe(false);
});
