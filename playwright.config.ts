import { defineConfig } from '@playwright/test'

// E2E_PORT / BUILD_OUT_DIR let two e2e runs share a machine; E2E_DEV=1 targets the dev server.
const DEV = !!process.env.E2E_DEV
const PORT = Number(process.env.E2E_PORT ?? (DEV ? 5173 : 4173))
const outDir = process.env.BUILD_OUT_DIR ?? 'dist'
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: DEV
      ? `node_modules/.bin/vite --host 127.0.0.1 --port ${PORT} --strictPort`
      : `node_modules/.bin/vite build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    env: { BUILD_OUT_DIR: outDir },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
})
