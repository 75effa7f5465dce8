#!/usr/bin/env node
// The `fdl` command. Runs the esbuild bundle of src/cli made by `npm install` (the `prepare` script);
// rebuilds it first when it is missing or older than the sources, so a `git pull` never needs a manual step.
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { join } from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = join(root, 'node_modules/.cache/fdl-cli/fdl.mjs')

/**
 * Whether the bundle is missing, or older than a source it was built from, or built from a source now gone. The
 * build lists its sources (sources.json beside the bundle): one stat for each of its ~120 files, not a walk of all of
 * src/ on every `fdl` run.
 */
function isStale() {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs
  if (built === undefined) return true
  let sources
  try {
    sources = JSON.parse(readFileSync(join(root, 'node_modules/.cache/fdl-cli/sources.json'), 'utf8'))
  } catch {
    return true
  }
  return sources.some((path) => {
    const changed = statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs
    return changed === undefined || changed > built
  })
}

const stale = isStale()
if (stale) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href)
  await buildCli()
}
await import(pathToFileURL(bundle).href)
