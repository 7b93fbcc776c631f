/**
 * The projects view in the browser (issue 6), on a known atlas: the gazetteer's zones plus the
 * hand-annotated projects of the five seeds (projects-fixture.ts). Expected sets are computed
 * from that fixture with plain string checks, independently of the app's search index.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, searchParam, test, waitForMap } from './fixtures';
import { fixtureAtlas, serveAtlas } from './projects-fixture';

const atlas = fixtureAtlas();
const P = atlas.projects;
const zoneName = (id: string | undefined) => atlas.zones.find((z) => z.id === id)?.name ?? '';
const QINGXU = atlas.zones.find((z) => z.name === '清徐经济开发区')!;
const QIXIAN = atlas.zones.find((z) => z.name === '祁县经济开发区')!;

async function openProjects(page: Page, query = ''): Promise<void> {
  await serveAtlas(page, atlas);
  await page.goto(`./?view=projects${query}`);
  await waitForMap(page);
  await expect(page.getByTestId('projects-list')).toBeVisible();
}

const names = (page: Page) => page.getByTestId('project-item').locator('.project__name').allTextContents();
const count = async (page: Page) => Number(await page.getByTestId('projects-count').getAttribute('data-value'));
const investment = async (page: Page) => Number(await page.getByTestId('projects-investment').getAttribute('data-value'));

test('lists every project with totals, and the zones carry count badges', async ({ page, net }) => {
  await openProjects(page);
  expect(await count(page)).toBe(P.length);
  const sum = P.reduce((s, p) => s + (p.investment ?? 0), 0);
  expect(await investment(page)).toBeCloseTo(sum, 6);
  await expect(page.getByTestId('projects-totals')).toContainText('亿元');

  const badges = await page.evaluate(() => {
    const map = window.__atlas.map!;
    return {
      visible: map.getLayoutProperty('project-badge', 'visibility'),
      features: map.querySourceFeatures('project-badges').map((f) => ({ zone: f.properties.zone_id as string, n: f.properties.count as number })),
    };
  });
  expect(badges.visible).toBe('visible');
  await expect(page.getByTestId('projects-legend')).toContainText('开发区项目数');
  const qingxuBadge = badges.features.find((f) => f.zone === QINGXU.id);
  expect(qingxuBadge?.n).toBe(P.filter((p) => p.zone_id === QINGXU.id).length);
  expect(net.errors).toEqual([]);

  // A long list is paginated: 50 rows, then "show more".
  expect(P.length).toBeGreaterThan(50);
  await expect(page.getByTestId('project-item')).toHaveCount(50);
  await page.getByTestId('projects-more').click();
  await expect(page.getByTestId('project-item')).toHaveCount(Math.min(100, P.length));

  // Leaving the projects view hides the badges.
  await page.getByRole('tab', { name: '详情' }).click();
  await expect
    .poll(() => page.evaluate(() => window.__atlas.map!.getLayoutProperty('project-badge', 'visibility')))
    .toBe('none');
  await expect(page.getByTestId('projects-legend')).toHaveCount(0);
});

test('search by Chinese text finds exactly the matching projects', async ({ page }) => {
  await openProjects(page);
  await page.getByTestId('projects-search').fill('美锦');
  const expected = P.filter((p) => [p.name, p.company ?? '', zoneName(p.zone_id), p.city].some((s) => s.includes('美锦'))).map((p) => p.name);
  expect(expected.length).toBeGreaterThan(2);
  await expect(page.getByTestId('project-item')).toHaveCount(expected.length);
  expect((await names(page)).sort()).toEqual(expected.sort());
  await expect.poll(() => searchParam(page, 'q')).toBe('美锦');
});

test('search by full pinyin and by initials finds the zone’s projects', async ({ page }) => {
  await openProjects(page);
  const inQingxu = P.filter((p) => p.zone_id === QINGXU.id).map((p) => p.name).sort();
  const inQixian = P.filter((p) => p.zone_id === QIXIAN.id).map((p) => p.name);

  // qingxu = 清徐 only; 祁县 (qixian) must not match.
  await page.getByTestId('projects-search').fill('qingxu');
  await expect(page.getByTestId('project-item')).toHaveCount(inQingxu.length);
  expect((await names(page)).sort()).toEqual(inQingxu);

  // qx = initials of both 清徐 and 祁县.
  await page.getByTestId('projects-search').fill('qx');
  await expect.poll(() => count(page)).toBeGreaterThanOrEqual(inQingxu.length + inQixian.length);
  const shown = new Set(await names(page));
  for (const n of [...inQingxu, ...inQixian]) expect(shown).toContain(n);

  // Two terms narrow it: initials of the zone plus a Chinese word.
  await page.getByTestId('projects-search').fill('qx 美锦');
  const both = P.filter((p) => p.zone_id === QINGXU.id && p.name.includes('美锦')).map((p) => p.name).sort();
  await expect(page.getByTestId('project-item')).toHaveCount(both.length);
  expect((await names(page)).sort()).toEqual(both);
});

test('a status filter changes the counts and the totals', async ({ page }) => {
  await openProjects(page);
  const before = { n: await count(page), inv: await investment(page) };
  const neg = P.filter((p) => p.status === 'negotiating');
  const negSum = neg.reduce((s, p) => s + (p.investment ?? 0), 0);

  await page.getByTestId('projects-status').locator('[data-status="negotiating"]').click();
  await expect(page.getByTestId('projects-status').locator('[data-status="negotiating"]')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => count(page)).toBe(neg.length);
  expect(neg.length).toBeLessThan(before.n);
  expect(await investment(page)).toBeCloseTo(negSum, 6);
  expect(await investment(page)).not.toBeCloseTo(before.inv, 6);
  // Every badge in the list says the status in words.
  const badges = await page.getByTestId('project-item').locator('.status-badge__text').allTextContents();
  expect(new Set(badges)).toEqual(new Set(['在谈']));
  await expect.poll(() => searchParam(page, 'status')).toBe('negotiating');

  // Adding a second status adds its projects.
  await page.getByTestId('projects-status').locator('[data-status="commissioned"]').click();
  const both = P.filter((p) => p.status === 'negotiating' || p.status === 'commissioned').length;
  await expect.poll(() => count(page)).toBe(both);
  await expect.poll(() => searchParam(page, 'status')).toBe('negotiating,commissioned');
});

test('clicking a project flies to its zone and highlights it', async ({ page }) => {
  await openProjects(page);
  const target = P.find((p) => p.name === '聚全堂中医药产业园区项目')!;
  const zone = atlas.zones.find((z) => z.id === target.zone_id)!;
  const cam0 = await page.evaluate(() => {
    const m = window.__atlas.map!;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });

  await page.getByTestId('projects-search').fill('聚全堂');
  await page.getByTestId('project-item').first().locator('.project__main').click();
  await expect(page.getByTestId('project-item').first()).toHaveClass(/project--selected/);
  await expect.poll(() => searchParam(page, 'project')).toBe(target.id);

  // The camera ends on the zone, closer in than the overview.
  await expect
    .poll(
      async () => {
        const c = await page.evaluate(() => {
          const m = window.__atlas.map!;
          return m.isMoving() ? null : { ...m.getCenter(), zoom: m.getZoom() };
        });
        return c && Math.abs(c.lng - zone.lon) < 0.01 && Math.abs(c.lat - zone.lat) < 0.01 && c.zoom > cam0.zoom;
      },
      { timeout: 20_000 },
    )
    .toBe(true);

  const highlighted = await page.evaluate((zoneId) => {
    const map = window.__atlas.map!;
    return map
      .querySourceFeatures('project-badges')
      .filter((f) => map.getFeatureState({ source: 'project-badges', id: f.id! }).highlight === true)
      .map((f) => f.properties.zone_id as string);
  }, zone.id);
  expect([...new Set(highlighted)]).toEqual([zone.id]);

  // The source sentence is on demand, as text.
  const item = page.getByTestId('project-item').first();
  await expect(item.getByTestId('project-quote')).toBeHidden();
  await item.locator('summary').click();
  await expect(item.getByTestId('project-quote')).toBeVisible();
  expect(await item.getByTestId('project-quote').textContent()).toBe(target.quote);
});

test('clicking a city on the map filters the list to it', async ({ page }) => {
  await openProjects(page);
  // Click inside 晋中市 where no zone point or badge is, so the click selects the city only.
  const pt = await emptyPointIn(page, '140700');
  await page.mouse.click(pt.x, pt.y);
  await page.mouse.move(1200, 700);
  await expect.poll(() => searchParam(page, 'city')).toBe('140700');
  expect(searchParam(page, 'zone')).toBeNull();
  const jinzhong = P.filter((p) => p.city_adcode === '140700');
  await expect.poll(() => count(page)).toBe(jinzhong.length);
  await expect(page.getByTestId('projects-mapfilter')).toContainText('晋中市');
  await expect(page.getByTestId('projects-city')).toHaveValue('140700');
  // The other cities' zones keep their badges: the badges ignore the map selection.
  const zonesWithBadges = await page.evaluate(() => new Set(window.__atlas.map!.querySourceFeatures('project-badges').map((f) => f.properties.zone_id)).size);
  expect(zonesWithBadges).toBe(new Set(P.filter((p) => p.zone_id).map((p) => p.zone_id)).size);

  // The list's own zone filter selects a zone (and round-trips as ?zone=).
  await page.getByTestId('projects-zone').selectOption(QIXIAN.id);
  await expect.poll(() => count(page)).toBe(P.filter((p) => p.zone_id === QIXIAN.id).length);
  await expect.poll(() => searchParam(page, 'zone')).toBe(QIXIAN.id);
});

test('clicking a zone on the map filters the list to its projects', async ({ page }) => {
  await openProjects(page);
  const pt = await page.evaluate(
    ([lon, lat]) => {
      const map = window.__atlas.map!;
      const p = map.project([lon, lat]);
      const r = map.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [QINGXU.lon, QINGXU.lat],
  );
  await page.mouse.click(pt.x, pt.y);
  await page.mouse.move(1200, 700);
  await expect.poll(() => searchParam(page, 'zone')).toBe(QINGXU.id);
  const inQingxu = P.filter((p) => p.zone_id === QINGXU.id).map((p) => p.name).sort();
  await expect.poll(() => count(page)).toBe(inQingxu.length);
  await expect(page.getByTestId('projects-mapfilter')).toContainText('清徐经济开发区');
  await expect(page.getByTestId('projects-zone')).toHaveValue(QINGXU.id);

  // "Clear map filter" gives the whole list back.
  await page.getByTestId('projects-mapfilter').getByRole('button').click();
  await expect.poll(() => count(page)).toBe(P.length);
  await expect.poll(() => searchParam(page, 'zone')).toBeNull();
});

test('English interface: tab, statuses and totals switch language', async ({ page }) => {
  await openProjects(page, '&lang=en&status=negotiating');
  await expect(page.getByRole('tab', { name: 'Projects' })).toHaveAttribute('aria-selected', 'true');
  const neg = P.filter((p) => p.status === 'negotiating').length;
  await expect(page.getByTestId('projects-count')).toHaveText(`${neg} projects`);
  const badges = await page.getByTestId('project-item').locator('.status-badge__text').allTextContents();
  expect(new Set(badges)).toEqual(new Set(['Negotiating']));
});

test('the list state is restored from the URL', async ({ page }) => {
  await openProjects(page, '&q=qingxu&status=started&sort=name-asc');
  const expected = P.filter((p) => p.zone_id === QINGXU.id && p.status === 'started');
  await expect.poll(() => count(page)).toBe(expected.length);
  await expect(page.getByTestId('projects-search')).toHaveValue('qingxu');
  await expect(page.getByTestId('projects-sort')).toHaveValue('name-asc');
  const shown = await names(page);
  expect(shown).toEqual([...shown].sort(new Intl.Collator('zh-CN').compare));
});

test('a bad parameter gets a notice and the default', async ({ page }) => {
  await openProjects(page, '&status=finished&project=no-such-project');
  await expect(page.getByText('网址参数 status=finished 无效')).toBeVisible();
  await expect(page.getByText('网址参数 project=no-such-project 无效')).toBeVisible();
  expect(await count(page)).toBe(P.length);
});

test('CSV export holds exactly the filtered rows, with a BOM', async ({ page }) => {
  await openProjects(page);
  await page.getByTestId('projects-search').fill('qingxu');
  await page.getByTestId('projects-status').locator('[data-status="started"]').click();
  const expected = P.filter((p) => p.zone_id === QINGXU.id && p.status === 'started');
  await expect.poll(() => count(page)).toBe(expected.length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('projects-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const rows = parseCsv(text);
  const header = rows[0];
  expect(header).toEqual(expect.arrayContaining(['项目名称', '开发区', '城市', '投资_亿元', '状态', '来源文件', '原文']));
  const body = rows.slice(1);
  expect(body).toHaveLength(expected.length);
  const col = (h: string) => header.indexOf(h);
  expect(body.map((r) => r[col('项目名称')]).sort()).toEqual(expected.map((p) => p.name).sort());
  expect(new Set(body.map((r) => r[col('开发区')]))).toEqual(new Set(['清徐经济开发区']));
  expect(new Set(body.map((r) => r[col('状态')]))).toEqual(new Set(['开工']));
  // Quotes keep their line breaks through CSV quoting.
  const byName = new Map(body.map((r) => [r[col('项目名称')], r]));
  for (const p of expected) expect(byName.get(p.name)![col('原文')]).toBe(p.quote);
});

test('with the build’s own atlas the view lists its projects or says there are none', async ({ page }) => {
  await page.goto('./?view=projects');
  await waitForMap(page);
  const n = await page.evaluate(() => window.__atlas.stores.$atlas.get()?.projects.length ?? 0);
  if (n > 0) await expect.poll(() => count(page)).toBe(n);
  else await expect(page.getByTestId('projects-panel')).toContainText('没有项目数据');
});

/** Page coordinates of a point inside the city with nothing but boundaries within 15 px. */
async function emptyPointIn(page: Page, adcode: string): Promise<{ x: number; y: number }> {
  return page.evaluate((code) => {
    const map = window.__atlas.map!;
    const r = map.getContainer().getBoundingClientRect();
    const BOUNDARY = new Set(['province', 'cities', 'counties', 'city-labels']);
    for (let y = 20; y < r.height - 20; y += 9) {
      for (let x = 20; x < r.width - 20; x += 9) {
        const at = map.queryRenderedFeatures([x, y]);
        if (!at.some((f) => f.source === 'cities' && f.properties.adcode === code)) continue;
        const near = map.queryRenderedFeatures([
          [x - 15, y - 15],
          [x + 15, y + 15],
        ]);
        if (near.every((f) => BOUNDARY.has(f.source) && f.source !== 'city-labels')) return { x: r.left + x, y: r.top + y };
      }
    }
    throw new Error(`no empty point found in city ${code}`);
  }, adcode);
}

/** RFC 4180 reader, written here on purpose rather than imported from the app. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
      i++;
    } else f += c;
  }
  if (f || row.length) rows.push([...row, f]);
  return rows;
}
