/**
 * A user drops a report that states no year anywhere (sentences written for this test): the import
 * panel says so, lists its figures under 年份不详 with their months, and keeps them off the map and the
 * slider (the zone panel shows them under 年份不详). Bad dates get specific messages. The user enters
 * the report's year; the extraction runs again, the figures get real periods and join the map, the
 * slider and the zone panel like any imported figures. English too.
 */
import type { Page } from '@playwright/test';
import { expect, openImportTab, test } from './fixtures';

const ZONE = '14201009'; // 清徐经济开发区
const NEW_PERIOD = '2025-01/2025-09';
const REPORT = [
  '清徐经济开发区经济运行简况',
  '前三季度，清徐经济开发区营业收入完成120.5亿元，同比增长6.2%。',
  '备注：<img src=x onerror="window.__pwned=1">',
  '',
].join('\n');

const atlasState = (page: Page) =>
  page.evaluate(() => {
    const a = window.__atlas.stores.$atlas.get()!;
    return { facts: a.facts.length, periods: a.periods, undated: (a.undated ?? []).length };
  });

test('an undated report: 年份不详 with its months, off the map; a year entered puts its figures on the map and the slider', async ({ page, net }) => {
  await openImportTab(page);
  const before = await atlasState(page);
  expect(before.periods).not.toContain(NEW_PERIOD);

  await page.getByTestId('import-file').setInputFiles({ name: '清徐运行简况.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT, 'utf8') });
  const doc = page.getByTestId('import-doc');
  await expect(doc).toHaveAttribute('data-name', '清徐运行简况.txt');

  // The panel says plainly that the report gives no year, and lists the figures with their months.
  const note = doc.locator('[data-testid="import-note"][data-kind="no_year"]');
  await expect(note).toContainText('“清徐运行简况.txt”没有给出年份：2 条指标年份不详');
  await expect(doc.getByTestId('import-summary')).toHaveAttribute('data-facts', '0');
  await expect(doc.getByTestId('import-summary')).toContainText('2 条年份不详');
  const undated = doc.getByTestId('import-undated-fact');
  await expect(undated).toHaveCount(2);
  await expect(undated.first()).toHaveAttribute('data-period', 'XXXX-01/XXXX-09');
  await expect(undated.first()).toContainText('年份不详 · 前三季度');
  await expect(undated.first()).toContainText('120.5 亿元');
  await expect(undated.first()).toContainText('营业收入');

  // Nothing reached the map or the slider; the figures are kept apart.
  expect(await atlasState(page)).toEqual({ ...before, undated: 2 });
  await expect(page.getByTestId('period-slider').locator('.vw-ticks li')).toHaveCount(before.periods.length);

  // The zone panel lists them under 年份不详.
  await undated.first().getByRole('button', { name: '在地图上查看' }).click();
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toHaveAttribute('data-zone-id', ZONE);
  const undatedGroup = panel.locator('.zf-period[data-period="XXXX-01/XXXX-09"]');
  await expect(undatedGroup.locator('.zf-period-label')).toHaveText('年份不详 · 前三季度');
  await expect(undatedGroup.locator('[data-testid="zone-fact"][data-measure="value"]').getByTestId('zone-fact-value')).toHaveText('120.5 亿元');
  await page.getByRole('tab', { name: '导入', exact: true }).click();

  // Bad dates: a specific message each, nothing re-extracted.
  const input = doc.getByTestId('import-year-input');
  const submit = doc.getByTestId('import-year-submit');
  const error = doc.getByTestId('import-year-error');
  await input.fill('1800');
  await submit.click();
  await expect(error).toHaveText(/^1800 年不在可用范围内：请填写 1990 至 \d{4} 年之间的年份。$/);
  await input.fill('abc');
  await input.press('Enter');
  await expect(error).toHaveText('“abc”不是年份或日期。请填写如 2023、2023-10 或 2023-10-15。');
  expect((await atlasState(page)).facts).toBe(before.facts);

  // The report's year: extracted again with it, the figures get 2025's first three quarters.
  await input.fill('2025');
  await submit.click();
  const fact = doc.locator(`[data-testid="import-fact"][data-subject-id="${ZONE}"][data-period="${NEW_PERIOD}"][data-indicator="revenue"]`);
  await expect(fact).toHaveCount(2);
  await expect(fact.first()).toContainText('2025年1–9月');
  await expect(fact.first()).toContainText('120.5 亿元');
  await expect(error).toHaveCount(0);
  await expect(doc.getByTestId('import-year-applied')).toContainText('已按您填写的“2025”重新提取（视为 2025-09 发布）');
  await expect(doc.getByTestId('import-undated-fact')).toHaveCount(0);
  await expect(doc.locator('[data-testid="import-note"][data-kind="no_year"]')).toHaveCount(0);
  await expect(page.getByTestId('import-doc')).toHaveCount(1); // replaced, not added

  const after = await atlasState(page);
  expect(after).toEqual({ facts: before.facts + 2, periods: [...before.periods, NEW_PERIOD], undated: 0 });

  // The slider has the new period: its last stop, labelled with the year.
  await expect(page.getByTestId('period-slider').locator('.vw-ticks li')).toHaveCount(after.periods.length);
  await expect(page.getByTestId('period-slider').locator('.vw-ticks li').last()).toHaveText('2025年1–9月');
  await page.getByTestId('period-range').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('period-label')).toHaveText('2025年1–9月');

  // The zone panel lists the figure under that period (no 年份不详 group any more).
  await fact.first().getByRole('button', { name: '在地图上查看' }).click();
  const zf = panel.locator(`.zf-period[data-period="${NEW_PERIOD}"] [data-testid="zone-fact"][data-measure="value"]`);
  await expect(zf.getByTestId('zone-fact-value')).toHaveText('120.5 亿元');
  await expect(panel.locator('.zf-period--undated')).toHaveCount(0);

  // English.
  await page.getByRole('tab', { name: '导入', exact: true }).click();
  await page.getByTestId('lang-switch').click();
  await expect(doc.getByTestId('import-year-applied')).toContainText('Extracted again with your date "2025"');
  await expect(fact.first()).toContainText('Jan–Sep 2025');

  // Clearing the date: back to 年份不详, off the map again.
  await doc.getByTestId('import-year-clear').click();
  await expect(doc.locator('[data-testid="import-note"][data-kind="no_year"]')).toContainText('gives no year');
  await expect(doc.getByTestId('import-undated-fact').first()).toContainText('Year unknown · Q1–Q3');
  expect(await atlasState(page)).toEqual({ ...before, undated: 2 });

  // Text from the report is data: the markup in it is shown, never run.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(net.external).toEqual([]);
  expect(net.errors).toEqual([]);
});
