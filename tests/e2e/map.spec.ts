/**
 * The walking skeleton as a user meets it: an offline map of Shanxi with its 11 cities and
 * Chinese labels, a selection that lives in the URL, and clear messages when something is wrong.
 */
import { clickCity, expect, searchParam, selectedFeatureState, test, waitForMap } from './fixtures';

const CITY_COUNT = 11;

test('default view draws the 11 cities with Chinese labels, offline', async ({ page, net }) => {
  await page.goto('./');
  await waitForMap(page);

  const rendered = await page.evaluate(() => {
    const map = window.__atlas.map!;
    const fills = map.queryRenderedFeatures({ layers: ['city-fill'] });
    const labels = map.queryRenderedFeatures({ layers: ['city-label'] });
    return {
      cities: [...new Set(fills.map((f) => f.id))].sort(),
      labels: [...new Set(labels.map((f) => f.properties.name as string))].sort(),
      counties: map.querySourceFeatures('counties').length > 0,
    };
  });
  expect(rendered.cities).toHaveLength(CITY_COUNT);
  expect(rendered.cities).toContain(140100);
  expect(rendered.labels).toHaveLength(CITY_COUNT);
  expect(rendered.labels).toContain('太原市');
  expect(rendered.labels).toContain('运城市');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西开发区图谱');
  await expect(page.getByText('数据来源：天地图 GS(2024)0650号')).toBeVisible();
  expect(net.external, 'the default view must not touch the network').toEqual([]);
  expect(net.errors).toEqual([]);
});

test('the map image is not blank and Chinese glyphs are real glyphs, not boxes', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  const stats = await page.evaluate(() => {
    const src = window.__atlas.map!.getCanvas();
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let sum = 0;
    let sumSq = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const lum = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      sum += lum;
      sumSq += lum * lum;
      if (colours.size < 5000) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    const mean = sum / n;
    // A font without CJK coverage draws every ideograph as the same "tofu" box.
    const glyph = (ch: string) => {
      const g = document.createElement('canvas');
      g.width = g.height = 40;
      const gc = g.getContext('2d')!;
      gc.font = "32px 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
      gc.fillText(ch, 2, 34);
      return Array.from(gc.getImageData(0, 0, 40, 40).data).join(',');
    };
    return { variance: sumSq / n - mean * mean, colours: colours.size, distinctGlyphs: glyph('太') !== glyph('原') };
  });
  expect(stats.variance).toBeGreaterThan(50);
  expect(stats.colours).toBeGreaterThan(20);
  expect(stats.distinctGlyphs).toBe(true);
});

test('clicking a city selects it: panel, highlight and URL', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await clickCity(page, '140100');

  const detail = page.getByTestId('city-detail');
  await expect(detail).toHaveAttribute('data-adcode', '140100');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('太原市');
  await expect(page.getByTestId('detail-adcode')).toHaveText('140100');
  await expect(page.getByTestId('detail-county-count')).toHaveText('10 个');
  await expect.poll(() => searchParam(page, 'city')).toBe('140100');
  expect(await selectedFeatureState(page, '140100')).toBe(true);
});

test('a city URL restores the selection after a reload', async ({ page }) => {
  await page.goto('./?city=140400');
  await waitForMap(page);
  await expect(page.getByTestId('city-detail').getByRole('heading', { level: 2 })).toHaveText('长治市');
  await expect(page.getByTestId('detail-county-count')).toHaveText('12 个');
  expect(await selectedFeatureState(page, '140400')).toBe(true);

  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('city-detail').getByRole('heading', { level: 2 })).toHaveText('长治市');
  expect(searchParam(page, 'city')).toBe('140400');
  expect(await selectedFeatureState(page, '140400')).toBe(true);
});

test('back and forward step through selections', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await clickCity(page, '140100');
  await expect.poll(() => searchParam(page, 'city')).toBe('140100');
  await clickCity(page, '140200');
  await expect.poll(() => searchParam(page, 'city')).toBe('140200');
  await expect(page.getByTestId('city-detail').getByRole('heading', { level: 2 })).toHaveText('大同市');

  await page.goBack();
  await expect.poll(() => searchParam(page, 'city')).toBe('140100');
  await expect(page.getByTestId('city-detail').getByRole('heading', { level: 2 })).toHaveText('太原市');
  expect(await selectedFeatureState(page, '140100')).toBe(true);
  expect(await selectedFeatureState(page, '140200')).toBe(false);

  await page.goBack();
  await expect.poll(() => searchParam(page, 'city')).toBeNull();
  await expect(page.getByTestId('city-detail')).toHaveCount(0);

  await page.goForward();
  await expect.poll(() => searchParam(page, 'city')).toBe('140100');
  await expect(page.getByTestId('city-detail').getByRole('heading', { level: 2 })).toHaveText('太原市');
});

test('the city list in the panel selects a city from the keyboard', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  const button = page.getByRole('tabpanel').getByRole('button', { name: '晋中市', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('city-detail').getByRole('heading', { level: 2 })).toHaveText('晋中市');
  await expect.poll(() => searchParam(page, 'city')).toBe('140700');
});

for (const bad of ['999999', '140199', 'beijing']) {
  test(`a bad ?city=${bad} shows a notice and the default view`, async ({ page }) => {
    await page.goto(`./?city=${bad}`);
    await waitForMap(page);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(`city=${bad}`);
    await expect(notice).toContainText('140100');
    await expect(page.getByTestId('city-detail')).toHaveCount(0);
    await expect.poll(() => searchParam(page, 'city')).toBeNull();
  });
}

test('the English switch translates the shell and is kept in the URL', async ({ page }) => {
  await page.goto('./?city=140100');
  await waitForMap(page);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shanxi Zone Atlas');
  await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  await expect.poll(() => searchParam(page, 'lang')).toBe('en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shanxi Zone Atlas');
  expect(searchParam(page, 'city')).toBe('140100');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西开发区图谱');
});

test('English mode names cities and counties in pinyin, on the map and in the panel', async ({ page }) => {
  await page.goto('./?city=141000&lang=en');
  await waitForMap(page);
  const detail = page.getByTestId('city-detail');
  await expect(detail.locator('.detail-name')).toContainText('Linfen');
  await expect(detail.locator('.detail-name')).toContainText('临汾市');
  await expect(detail).toContainText('Hongtong County'); // 洪洞: a local reading, not the dictionary's Hongdong
  const labels = () =>
    page.evaluate(() => window.__atlas.map!.queryRenderedFeatures({ layers: ['city-label'] }).map((f) => f.properties.name_en as string));
  await expect.poll(async () => (await labels()).length).toBe(11);
  expect(await page.evaluate(() => JSON.stringify(window.__atlas.map!.getLayoutProperty('city-label', 'text-field')))).toContain('name_en');
  await page.getByTestId('lang-switch').click();
  await expect(detail.locator('.detail-name')).toHaveText('临汾市');
  expect(await page.evaluate(() => JSON.stringify(window.__atlas.map!.getLayoutProperty('city-label', 'text-field')))).toBe('["get","name"]');
});

test('every panel tab is fully visible at 1280 px, in Chinese and in English', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`./?lang=${lang}`);
    await waitForMap(page);
    const clipped = await page.getByRole('tablist').evaluate((bar) => {
      const box = bar.getBoundingClientRect();
      return [...bar.querySelectorAll('[role="tab"]')]
        .filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 0.5 || r.right > box.right + 0.5; })
        .map((t) => t.textContent);
    });
    expect(clipped, `${lang}: tabs cut off by the panel's edge`).toEqual([]);
  }
});

test('the panel tab is part of the URL', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('tab', { name: '关于', exact: true }).click();
  await expect(page.getByRole('tabpanel')).toContainText('GS(2024)0650号');
  await expect.poll(() => searchParam(page, 'view')).toBe('about');
  await page.reload();
  await expect(page.getByRole('tab', { name: '关于', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect.poll(() => searchParam(page, 'view')).toBeNull();
  await expect(page.getByRole('tab', { name: '详情' })).toHaveAttribute('aria-selected', 'true');
});
