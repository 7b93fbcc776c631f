/**
 * City comparison as a presenter meets it: ?compare= opens two cities side by side for the map's
 * indicator, with the seeds' figures, their source sentences, a table of city-wide figures, and
 * city names that select the city on the map.
 */
import { expect, searchParam, selectedFeatureState, test, waitForMap } from './fixtures';

const IVA = 'indicator=industrial_value_added&measure=value';

test('compare=140100,140700 shows Taiyuan and Jinzhong with their 规上工业增加值 and source sentences', async ({ page, net }) => {
  await page.goto(`./?view=compare&compare=140100,140700&${IVA}&period=2023-01/2023-10&asof=1`);
  await waitForMap(page);
  const chart = page.getByTestId('compare-chart');
  await expect(chart.getByTestId('compare-heading')).toHaveText('规上工业增加值 · 数值');
  await expect(chart).toContainText('2023年1–10月');
  await expect(chart).toContainText('亿元');

  const groups = chart.getByTestId('compare-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).getByTestId('compare-city-name')).toHaveText('太原市');
  await expect(groups.nth(1).getByTestId('compare-city-name')).toHaveText('晋中市');

  // Jinzhong: the city-wide figure of the 1–10月 report.
  const jz = groups.nth(1).locator('[data-testid="compare-bar"][data-id="140700"]');
  // (约 may precede an estimate: the number and unit are what matter.)
  await expect(jz.getByTestId('compare-value')).toContainText('266 亿元');
  // Taiyuan gives no city-wide figure: it looks missing, not zero; its zone's 1–9月 value is shown as older.
  const ty = groups.nth(0).locator('[data-testid="compare-bar"][data-id="140100"]');
  await expect(ty).toHaveAttribute('data-nodata', 'true');
  await expect(ty).toContainText('无数据');
  const tyZone = groups.nth(0).locator('[data-testid="compare-bar"][data-id="14201009"]');
  await expect(tyZone.getByTestId('compare-value')).toContainText('112.78 亿元');
  await expect(tyZone.getByTestId('compare-value')).toContainText('2023年1–9月');

  // Every value reveals its sentence and document.
  await jz.getByTestId('compare-value').click();
  await expect(page.getByTestId('compare-quote')).toContainText('266亿元');
  await expect(page.getByTestId('compare-source')).toContainText('.txt');
  // …also on keyboard focus.
  await tyZone.getByTestId('compare-value').focus();
  await expect(page.getByTestId('compare-quote')).toContainText('112.78亿元');

  // Table of city-wide figures: Jinzhong has them, Taiyuan shows —.
  const row = page.locator('[data-testid="compare-row"][data-indicator="industrial_value_added"][data-measure="value"][data-kind="actual"]');
  await expect(row.locator('td').nth(0)).toHaveText('—');
  await expect(row.locator('td').nth(1)).toContainText('266 亿元');

  expect(net.external).toEqual([]);
  expect(net.errors).toEqual([]);
});

test('growth rates diverge from zero: a fall is a bar to the left, in red', async ({ page }) => {
  await page.goto('./?view=compare&compare=140700,140100&indicator=industrial_value_added&measure=yoy_pct&period=2023-01/2023-06');
  await waitForMap(page);
  const jz = page.locator('[data-testid="compare-bar"][data-id="140700"]');
  await expect(jz.getByTestId('compare-value')).toContainText('−2.3%');
  const scale = page.getByTestId('compare-scale');
  expect(Number(await scale.getAttribute('data-min'))).toBeLessThan(0);
  const fill = jz.locator('.cmp-fill');
  const zero = jz.locator('.cmp-zero');
  const [f, z] = [await fill.boundingBox(), await zero.boundingBox()];
  expect(f!.x + f!.width).toBeLessThanOrEqual(z!.x + 2);
});

test('picking cities with the toggle buttons writes ?compare=, and a city name selects it on the map', async ({ page }) => {
  await page.goto(`./?view=compare&${IVA}`);
  await waitForMap(page);
  const ty = page.locator('.cmp-toggle[data-adcode="140100"]');
  const jz = page.locator('.cmp-toggle[data-adcode="140700"]');
  await expect(ty).toHaveAttribute('aria-pressed', 'false');
  await ty.click();
  await expect(ty).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('至少选 2 个城市', { exact: false })).toBeVisible();
  // Keyboard: focus and press Enter.
  await jz.focus();
  await page.keyboard.press('Enter');
  await expect(jz).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => searchParam(page, 'compare')).toBe('140100,140700');
  await expect(page.getByTestId('compare-group')).toHaveCount(2);

  await page.getByTestId('compare-group').nth(1).getByTestId('compare-city-name').click();
  await expect.poll(() => searchParam(page, 'city')).toBe('140700');
  await expect.poll(() => selectedFeatureState(page, '140700')).toBe(true);

  await jz.click();
  await expect.poll(() => searchParam(page, 'compare')).toBeNull();
});

test('a link with ?compare= and no ?view= opens on the 比较 tab', async ({ page }) => {
  await page.goto(`./?compare=140700,140100&${IVA}`);
  await waitForMap(page);
  await expect(page.getByRole('tab', { name: '比较' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('compare-city-name').first()).toHaveText('晋中市');
  expect(searchParam(page, 'view')).toBeNull();
});

test('a bad ?compare= value falls back and the notice names the parameter', async ({ page }) => {
  await page.goto('./?view=compare&compare=140100,140100');
  await waitForMap(page);
  await expect(page.locator('.notice')).toContainText('compare');
  await expect.poll(() => searchParam(page, 'compare')).toBeNull();
  await expect(page.getByTestId('compare-chart')).toHaveCount(0);
});

test('English: the tab, headings and city names switch language', async ({ page }) => {
  await page.goto(`./?lang=en&view=compare&compare=140100,140700&${IVA}&period=2023-01/2023-10&asof=1`);
  await waitForMap(page);
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('compare-heading')).toContainText('Industrial value added');
  await expect(page.getByTestId('compare-city-name').first()).toHaveText('Taiyuan');
});
