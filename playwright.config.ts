/**
 * Browser tests against the PRODUCTION build served by `vite preview`.
 *
 * Env:
 *   CHROMIUM_PATH  Chromium to drive (default /usr/bin/chromium; Playwright cannot download browsers here)
 *   E2E_PORT       preview port (default 4173)
 *   E2E_OUTDIR     build folder to serve (default dist), so several builds can be tested in parallel:
 *                  npx vite build --outDir /tmp/x && E2E_OUTDIR=/tmp/x E2E_PORT=4301 npx playwright test
 *   E2E_REUSE=1    reuse a server already listening on E2E_PORT (off by default: it could be another build)
 */
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUTDIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties this folder on start; the vitest JSON report lives beside it, not in it.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // Two cores and a software renderer: more workers only make every map slower.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${JSON.stringify(outDir)} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
