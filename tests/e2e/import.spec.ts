/**
 * A user imports a report in the browser: a GB18030 text about 清徐经济开发区 for a period the built
 * data does not have → the import summary lists its facts, the zone panel shows them, removing the
 * file takes them away. Bad input (a binary file dropped, a text with no figures pasted) gets its
 * specific message. Nothing leaves the page (the offline fixture records any request).
 */
import { expect, openImportTab, test, waitForMap } from './fixtures';
import { gb18030 as gb18030Bytes } from '../support/gb18030';

const gb18030 = (text: string): Buffer => Buffer.from(gb18030Bytes(text));

const NEW_PERIOD = '2025-01/2025-06';
const REPORT = [
  '清徐经济开发区2025年上半年经济运行简况',
  '2025年1-6月，清徐经济开发区规上工业增加值完成65.4亿元，同比增长5.1%。',
  '备注：<img src=x onerror="window.__pwned=1">',
  '',
].join('\n');

test('a GB18030 report about 清徐 for a new period: summary, facts with quotes, zone panel, remove', async ({ page, net }) => {
  await openImportTab(page);
  const before = await page.evaluate(() => window.__atlas.stores.$atlas.get()!.facts.length);
  expect(await page.evaluate((p) => window.__atlas.stores.$atlas.get()!.periods.includes(p), NEW_PERIOD)).toBe(false);

  await page.getByTestId('import-file').setInputFiles({ name: '清徐2025上半年.txt', mimeType: 'text/plain', buffer: gb18030(REPORT) });

  const doc = page.getByTestId('import-doc');
  await expect(doc).toHaveAttribute('data-name', '清徐2025上半年.txt');
  const summary = doc.getByTestId('import-summary');
  await expect(summary).toHaveText(/^2 条指标 · 0 个项目 · \d+ 条提示$/);
  await expect(doc).toContainText('编码 GB18030');
  await expect(page.getByTestId('import-error')).toHaveCount(0);

  const fact = doc.locator(`[data-testid="import-fact"][data-subject-id="14201009"][data-period="${NEW_PERIOD}"][data-indicator="industrial_value_added"]`);
  await expect(fact).toHaveCount(2);
  await expect(fact.first()).toContainText('65.4 亿元');
  await expect(fact.first().getByTestId('import-fact-quote')).toHaveText('清徐经济开发区规上工业增加值完成65.4亿元');

  // The text as read is shown as text: the markup in the report is visible, never executed.
  const viewer = doc.getByTestId('import-viewer');
  await doc.locator('.imp-viewer-wrap summary').click();
  await expect(viewer).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(viewer.locator('img')).toHaveCount(0);
  await expect(viewer.locator('mark').first()).toContainText('65.4亿元');

  // The map's data now has the period, and the facts are marked as imported.
  const after = await page.evaluate((p) => {
    const a = window.__atlas.stores.$atlas.get()!;
    return { n: a.facts.length, hasPeriod: a.periods.includes(p), seeds: [...new Set(a.facts.filter((f) => f.period === p).map((f) => f.source.seed))] };
  }, NEW_PERIOD);
  expect(after).toEqual({ n: before + 2, hasPeriod: true, seeds: ['imported:清徐2025上半年.txt'] });

  // 清徐's zone panel lists the imported figure under the new period.
  await fact.first().getByRole('button', { name: '在地图上查看' }).click();
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toHaveAttribute('data-zone-id', '14201009');
  const zf = panel.locator(`[data-testid="zone-fact"][data-period="${NEW_PERIOD}"][data-measure="value"]`);
  await expect(zf.getByTestId('zone-fact-value')).toHaveText('65.4 亿元');
  await expect(zf.getByTestId('zone-fact-quote')).toHaveAttribute('title', /imported:清徐2025上半年\.txt/);

  // Remove the document: its facts leave the map's data and the zone panel.
  await page.getByRole('tab', { name: '导入', exact: true }).click();
  await page.getByTestId('import-remove').click();
  await expect(page.getByTestId('import-doc')).toHaveCount(0);
  expect(await page.evaluate(() => window.__atlas.stores.$atlas.get()!.facts.length)).toBe(before);
  await page.getByRole('tab', { name: '详情' }).click();
  await expect(page.getByTestId('zone-panel').locator(`[data-period="${NEW_PERIOD}"]`)).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(net.external).toEqual([]);
  expect(net.errors).toEqual([]);
});

test('a binary file dropped on the drop zone gets the binary-file message and imports nothing', async ({ page, net }) => {
  await openImportTab(page);
  const before = await page.evaluate(() => window.__atlas.stores.$atlas.get()!.facts.length);
  // A real drop: a DataTransfer holding a PNG-like file (NUL bytes), dispatched on the drop zone.
  const dt = await page.evaluateHandle(() => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const d = new DataTransfer();
    d.items.add(new File([bytes], 'map.png', { type: 'image/png' }));
    return d;
  });
  await page.getByTestId('import-drop').dispatchEvent('dragover', { dataTransfer: dt });
  await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer: dt });

  const err = page.getByTestId('import-error');
  await expect(err).toHaveAttribute('data-kind', 'binary');
  await expect(err).toContainText('“map.png”看起来是二进制文件');
  await expect(page.getByTestId('import-doc')).toHaveCount(0);
  expect(await page.evaluate(() => window.__atlas.stores.$atlas.get()!.facts.length)).toBe(before);
  expect(net.errors).toEqual([]);
});

test('a pasted text with no figures: its message, 0 facts, the text kept and shown (English too)', async ({ page, net }) => {
  await openImportTab(page);
  const text = '开发区建设稳步推进，营商环境持续优化，各项工作取得积极成效。';
  await page.locator('.imp-paste summary').click();
  await page.getByTestId('import-paste').fill(text);
  await page.getByTestId('import-paste-submit').click();

  const doc = page.getByTestId('import-doc');
  await expect(doc.getByTestId('import-summary')).toHaveAttribute('data-facts', '0');
  await expect(doc.getByTestId('import-summary')).toHaveText(/^0 条指标/);
  const note = doc.locator('[data-testid="import-note"][data-kind="no_figures"]');
  await expect(note).toContainText('没有可识别的数字，因此提取到 0 条指标');
  // With 0 facts the viewer is open, so the user sees what was read.
  await expect(doc.getByTestId('import-viewer')).toBeVisible();
  await expect(doc.getByTestId('import-viewer')).toHaveText(text);
  await expect(page.getByTestId('import-paste')).toHaveValue(text);

  await page.getByTestId('lang-switch').click();
  await expect(note).toContainText('No recognisable figures');
  expect(net.errors).toEqual([]);
});

test('a report dropped on the map (not the drop zone) is imported instead of replacing the page', async ({ page, net }) => {
  await page.goto('./');
  await waitForMap(page);
  await page.waitForFunction(() => window.__atlas.stores.$atlas.get() !== null);
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['2025年1-6月，清徐经济开发区规上工业增加值完成65.4亿元，同比增长5.1%。'], 'dropped.txt', { type: 'text/plain' }));
    return d;
  });
  await page.locator('#map').dispatchEvent('dragover', { dataTransfer: dt });
  await page.locator('#map').dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.getByRole('tab', { name: '导入', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('import-doc')).toHaveAttribute('data-name', 'dropped.txt');
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-facts', '2');
  expect(new URL(page.url()).pathname.endsWith('.txt')).toBe(false);
  expect(net.errors).toEqual([]);
});
