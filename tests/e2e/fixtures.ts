/**
 * Shared browser-test helpers: every page is offline (any request not to the preview server is
 * aborted and recorded), page errors are collected, and helpers reach the map through the
 * documented test hook window.__atlas.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface NetLog {
  /** URLs of requests that tried to leave the preview server. */
  external: string[];
  /** Uncaught page errors. */
  errors: string[];
}

export const test = base.extend<{ net: NetLog }>({
  net: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const state: NetLog = { external: [], errors: [] };
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        state.external.push(url);
        return route.abort('internetdisconnected');
      });
      page.on('pageerror', (e) => state.errors.push(e.message));
      await use(state);
    },
    { auto: true },
  ],
});
export { expect };

/** Wait until the map has drawn its first frame with data. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('#map')).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
}

/** The app opened on its 导入报告 tab, with the map and the built data loaded (the import tests start here). */
export async function openImportTab(page: Page): Promise<void> {
  await page.goto('./?view=import');
  await waitForMap(page);
  await page.waitForFunction(() => window.__atlas.stores.$atlas.get() !== null);
  await expect(page.getByTestId('import-panel')).toBeVisible();
}

/** Screen position (page coordinates) of a city's label point, which always lies inside the city. */
export async function cityPoint(page: Page, adcode: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((code) => {
    const atlas = window.__atlas;
    const map = atlas.map!;
    const f = atlas.stores.$boundaries.get()!.cities.features.find((c) => c.properties.adcode === code)!;
    const pt = map.project([f.properties.label_lon, f.properties.label_lat]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + pt.x, y: r.top + pt.y };
  }, adcode);
  return p;
}

/** Click a city on the map like a user, then move the pointer off the map so hover does not mask the selection. */
export async function clickCity(page: Page, adcode: string): Promise<void> {
  const { x, y } = await cityPoint(page, adcode);
  // Just below the label so the click lands on the fill, not on text.
  await page.mouse.move(x, y + 14);
  await page.mouse.click(x, y + 14);
  await page.mouse.move(1200, 700);
}

export async function selectedFeatureState(page: Page, adcode: string): Promise<boolean> {
  return page.evaluate(
    (code) => window.__atlas.map!.getFeatureState({ source: 'cities', id: Number(code) }).selected === true,
    adcode,
  );
}

export function searchParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}
