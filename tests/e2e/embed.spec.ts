/**
 * Embedding as a portal editor does it: the 嵌入 dialog gives an <iframe> snippet of the current
 * view; the embedded view (?mode=embed) is the map with its legend, period slider, attribution and
 * a link that opens the same view in the full app.
 */
import { clickCity, expect, searchParam, test, waitForMap } from './fixtures';

test('?mode=embed at 400×300: map, legend, period slider, attribution and the open link only', async ({ page, net }) => {
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto('./?mode=embed&city=140100&indicator=industrial_value_added&measure=value');
  await waitForMap(page);
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(page.locator('.side-panel')).toHaveCount(0);
  await expect(page.locator('#map')).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('period-range')).toBeVisible();
  await expect(page.getByText('数据来源：天地图 GS(2024)0650号')).toBeVisible();
  const mapBox = await page.locator('#map').boundingBox();
  expect(mapBox!.height).toBeGreaterThan(150);

  const link = page.getByTestId('embed-open-link');
  await expect(link).toHaveText('在山西开发区图谱中打开 ↗');
  await expect(link).toHaveAttribute('target', '_blank');
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.searchParams.get('mode')).toBeNull();
  expect(href.searchParams.get('city')).toBe('140100');
  expect(href.searchParams.get('indicator')).toBe('industrial_value_added');
  expect(net.external).toEqual([]);
  expect(net.errors).toEqual([]);
});

test('the 嵌入 dialog gives the snippet of the current view, and that snippet works in another page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('./?city=140700&indicator=industrial_value_added&measure=yoy_pct&period=2023-01/2023-06');
  await waitForMap(page);
  await page.getByTestId('embed-button').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('embed-width').fill('640');
  await page.getByTestId('embed-height').fill('420');
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/width="640" height="420"/);
  const snippet = await code.inputValue();
  const src = new URL(/src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&'));
  expect(src.searchParams.get('mode')).toBe('embed');
  expect(src.searchParams.get('city')).toBe('140700');
  expect(src.searchParams.get('period')).toBe('2023-01/2023-06');

  // The optional live preview is the embedded view itself.
  await page.getByTestId('embed-preview-toggle').check();
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.locator('#map')).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
  await expect(preview.getByTestId('embed-open-link')).toBeVisible();
  await page.getByTestId('embed-preview-toggle').uncheck();

  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('embed-status')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A portal page on another origin that embeds the snippet.
  await page.setContent(`<!doctype html><html><body><h1>Portal</h1>${snippet}</body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#map')).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
  await expect(frame.getByTestId('embed-open-link')).toBeVisible();
  await expect(frame.getByTestId('legend')).toContainText('同比增速');
  await expect(frame.locator('.side-panel')).toHaveCount(0);
});

test('English embed: the link and legend are in English', async ({ page }) => {
  await page.goto('./?mode=embed&lang=en');
  await waitForMap(page);
  await expect(page.getByTestId('embed-open-link')).toHaveText('Open in Shanxi Zone Atlas ↗');
});

test('clicks in an embedded view update its URL without adding history entries to the embedding page', async ({ page }) => {
  await page.goto('./?mode=embed');
  await waitForMap(page);
  const before = await page.evaluate(() => history.length);
  await clickCity(page, '140700');
  await expect.poll(() => searchParam(page, 'city')).toBe('140700');
  expect(await page.evaluate(() => history.length)).toBe(before);
  const href = new URL((await page.getByTestId('embed-open-link').getAttribute('href'))!);
  expect(href.searchParams.get('city')).toBe('140700');
});
