import { defineConfig } from '@playwright/test';

// The same specs run against the browser shell in Chromium and, where its binary is installed,
// against the Electron shell (skipped with the reason elsewhere).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [{ name: 'browser-shell' }, { name: 'electron' }],
});
