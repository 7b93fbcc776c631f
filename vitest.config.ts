import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The JSON report lets .ci/run count tests robustly (Playwright writes test-results/e2e.json).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
