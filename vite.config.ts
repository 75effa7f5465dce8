/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// BUILD_OUT_DIR lets parallel e2e runs (one per port) build without clobbering each other's dist/.
const outDir = process.env.BUILD_OUT_DIR ?? 'dist'

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  optimizeDeps: {
    // Dev only: the dep scanner does not follow `?worker` imports; without this Vite re-optimizes
    // on first load and force-reloads the page.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  build: {
    outDir,
    // Monaco's lazy chunk is deliberately large and split off from the first paint.
    chunkSizeWarningLimit: 4500,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A timeout catches a hang, not slowness: this machine is shared by 2 cores and the property tests, the
    // servers and the generated workers take several seconds when it is busy. Speed is measured by `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { tsconfig: './tsconfig.app.json' },
  },
})
