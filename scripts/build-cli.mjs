// Bundles the `fdl` command (src/cli) into one ESM file so `npx fdl` starts fast on plain Node 20,
// which cannot run TypeScript. Runs on `npm install` / `npm ci` (the `prepare` script) and, as a
// fallback, from bin/fdl.mjs when the bundle is missing or older than the sources.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

// `import text from './file.txt?raw'` as Vite reads it: src/kit keeps the generated workers' code in such files.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }))
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }))
  },
}

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
    plugins: [rawText],
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
