/**
 * Screenshot of a running build at 1280×800, taken when the map reports data-map-ready.
 *   npx tsx scripts/screenshot.ts [url] [out.png]
 * Defaults: http://127.0.0.1:4173/ → docs/screenshot.png (the README's picture; start `npm start` first).
 * Uses the same Chromium as the browser tests (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'docs/screenshot.png';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.goto(url);
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
