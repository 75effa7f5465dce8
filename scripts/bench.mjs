// `npm run bench`: runs every benchmark in bench/ and prints its figures. `*.bench.ts` files are bundled
// with esbuild (plain Node 20 cannot run TypeScript) and run in Node; `*.bench.mjs` files run as they are
// (the browser benchmarks, which drive Debian's Chromium through Playwright). `npm run bench -- NAME` runs
// only the files whose name contains NAME.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const filter = process.argv[2] ?? ''
const files = readdirSync('bench').filter((f) => /\.bench\.(ts|mjs)$/.test(f) && f.includes(filter)).sort()
let failed = 0
for (const file of files) {
  console.log(`\n=== ${file}`)
  let entry = join('bench', file)
  if (file.endsWith('.ts')) {
    const out = join('node_modules/.cache/bench', file.replace(/\.ts$/, '.mjs'))
    await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' })
    entry = out
  }
  const r = spawnSync('node', ['--expose-gc', entry], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
