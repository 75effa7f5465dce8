/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { builtInExamplesPlugin } from './scripts/builtInExamplesPlugin.ts'
import { prerenderPlugin } from './scripts/prerenderPlugin.ts'

// BUILD_OUT_DIR lets parallel e2e runs (one per port) build without clobbering each other's dist/.
const outDir = process.env.BUILD_OUT_DIR ?? 'dist'

export default defineConfig({
  // The seed example (CONTRACTS §2) is what a first visit opens: it ships with the app, the other templates load on demand.
  // The seed's first frame is rendered into index.html at build time, so a first visit paints it from the HTML.
  plugins: [react(), builtInExamplesPlugin({ seed: 'mns-callback' }), prerenderPlugin({ render: '/src/ui/prerender/renderStart.tsx', script: 'src/ui/prerender/startPicture.ts' })],
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
    rolldownOptions: {
      output: {
        // The first load's libraries in chunks of their own: the browser fetches, decompresses and compiles them
        // side by side, not as one 760 KB file, and a release that changes only the app's code leaves them cached.
        // A first load took 440 ms against 455 as one file (median of 21, interleaved; issue 14). Each pattern names
        // only packages the first paint imports, so nothing lazy (Monaco, the inspector) moves into them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[a-z]+|classcat|zustand|use-sync-external-store)[\\/]/ },
            { name: 'yaml', test: /node_modules[\\/]yaml[\\/]/ },
          ],
        },
      },
    },
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
