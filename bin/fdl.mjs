#!/usr/bin/env node
// The `fdl` command. Runs the esbuild bundle of src/cli made by `npm install` (the `prepare` script);
// rebuilds it first when it is missing or older than the sources, so a `git pull` never needs a manual step.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { join } from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = join(root, 'node_modules/.cache/fdl-cli/fdl.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p))
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

const srcDirs = ['src/cli', 'src/fdl', 'src/i18n', 'src/sim', 'src/server', 'src/kit'].map((d) => join(root, d)).filter(existsSync)
const stale = !existsSync(bundle) || srcDirs.some((d) => newestSource(d) > statSync(bundle).mtimeMs)
if (stale) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href)
  await buildCli()
}
await import(pathToFileURL(bundle).href)
