/**
 * Presentation mode as a presenter uses it on a projector: no side panel, a big title line,
 * ←/→ step the period (and ?period follows), Space plays and pauses, Esc leaves.
 */
import type { Page } from '@playwright/test';
import { expect, searchParam, test, waitForMap } from './fixtures';

/**
 * Records every aria-pressed value of the play button: play runs through the few periods in about
 * a second, so on a busy machine a plain "is it pressed now" check could come too late.
 */
async function recordPlay(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const b = document.querySelector('[data-testid="play"]')!;
    const log: string[] = [];
    (window as unknown as { __playLog: string[] }).__playLog = log;
    new MutationObserver(() => log.push(b.getAttribute('aria-pressed') ?? '')).observe(b, { attributes: true, attributeFilter: ['aria-pressed'] });
  });
  return () => page.evaluate(() => [...(window as unknown as { __playLog: string[] }).__playLog]);
}

const IVA = 'indicator=industrial_value_added&measure=value';

test('?mode=present hides the panel and the secondary controls and shows a big title line', async ({ page, net }) => {
  await page.goto(`./?mode=present&${IVA}&period=2023-01/2023-09`);
  await waitForMap(page);
  await expect(page.locator('.side-panel')).toHaveCount(0);
  await expect(page.getByTestId('indicator-picker')).toBeHidden();
  await expect(page.getByTestId('kind-switch')).toBeHidden();
  const title = page.getByTestId('present-title');
  await expect(title).toContainText('规上工业增加值');
  await expect(title).toContainText('亿元');
  await expect(page.getByTestId('present-period')).toHaveText('2023年1–9月');
  const size = await title.locator('h2').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('period-slider')).toBeVisible();
  expect(net.errors).toEqual([]);
});

test('←/→ step the period and ?period follows; Space plays and pauses; Esc leaves', async ({ page }) => {
  await page.goto(`./?mode=present&${IVA}&period=2023-01/2023-09`);
  await waitForMap(page);
  const periods = await page.evaluate(() => window.__atlas.stores.$atlas.get()!.periods);
  const i = periods.indexOf('2023-01/2023-09');

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => searchParam(page, 'period')).toBe(periods[i + 1]);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => searchParam(page, 'period')).toBe(periods[i - 1]);

  const play = page.getByTestId('play');
  const log = await recordPlay(page);
  await page.keyboard.press(' ');
  await expect.poll(log).toContain('true');
  await page.keyboard.press(' ');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  expect((await log())[0]).toBe('true');

  await page.keyboard.press('Escape');
  await expect.poll(() => searchParam(page, 'mode')).toBeNull();
  await expect(page.locator('.side-panel')).toBeVisible();
  await expect(page.getByTestId('present-title')).toHaveCount(0);
});

test('the header button enters presentation (full screen where allowed) and leaves it again', async ({ page }) => {
  await page.goto(`./?${IVA}`);
  await waitForMap(page);
  const toggle = page.getByTestId('present-toggle');
  await expect(toggle).toHaveText('演示');
  await toggle.click();
  await expect.poll(() => searchParam(page, 'mode')).toBe('present');
  await expect(page.locator('.side-panel')).toHaveCount(0);
  await expect(toggle).toHaveText('退出演示');
  // Space right after the click plays: it does not press the focused exit button.
  const log = await recordPlay(page);
  await page.keyboard.press(' ');
  await expect.poll(log).toContain('true');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(searchParam(page, 'mode')).toBe('present');
  await toggle.click();
  await expect.poll(() => searchParam(page, 'mode')).toBeNull();
  await expect(page.locator('.side-panel')).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  // Presenting lifts the map's pan limit to keep Shanxi clear of the big legend; leaving restores it.
  await expect.poll(() => page.evaluate(() => window.__atlas.map!.getMaxBounds() !== null)).toBe(true);
});

test('with compare cities set, the comparison chart shows large beside the map', async ({ page }) => {
  await page.goto(`./?mode=present&compare=140100,140700&${IVA}&period=2023-01/2023-10&asof=1`);
  await waitForMap(page);
  const aside = page.getByTestId('present-compare');
  await expect(aside).toBeVisible();
  await expect(aside.getByTestId('compare-city-name')).toHaveText(['太原市', '晋中市']);
  await expect(aside.locator('[data-id="140700"] [data-testid="compare-value"]')).toContainText('266 亿元');
  const size = await aside.getByTestId('compare-heading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
});
