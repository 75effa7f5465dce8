// Bundles the `fdl` command (src/cli) into one ESM file so `npx fdl` starts fast on plain Node 20,
// which cannot run TypeScript. Runs on `npm install` / `npm ci` (the `prepare` script) and, as a
// fallback, from bin/fdl.mjs when the bundle is missing or older than the sources.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export async function buildCli() {
  await build({
    entryPoints: [`${root}src/cli/main.ts`],
    outfile: `${root}node_modules/.cache/fdl-cli/fdl.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // yaml's browser build, bundled in: one ESM file loads faster than its ~80 CommonJS modules, and the Node
    // build reads process.env (slow in Node) for every token it parses.
    alias: { yaml: `${root}node_modules/yaml/browser/index.js` },
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
