#!/usr/bin/env node
// The `fdl` command. Runs the esbuild bundle of src/cli made by `npm install` (the `prepare` script);
// rebuilds it first when it is missing or older than the sources, so a `git pull` never needs a manual step.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import vm from 'node:vm'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'node_modules/.cache/fdl-cli')
const bundle = join(built, 'fdl.cjs')

/**
 * Whether the bundle is missing, or older than a source it was built from, or built from a source now gone. The
 * build lists its sources (sources.json beside the bundle): one stat for each of its ~120 files, not a walk of all of
 * src/ on every `fdl` run.
 */
function isStale() {
  const builtAt = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs
  if (builtAt === undefined) return true
  let sources
  try {
    sources = JSON.parse(readFileSync(join(built, 'sources.json'), 'utf8'))
  } catch {
    return true
  }
  return sources.some((path) => {
    const changed = statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs
    return changed === undefined || changed > builtAt
  })
}

const COMMANDS = new Set(['validate', 'fmt', 'schema', 'simulate', 'serve', 'kit'])

/**
 * Runs the bundle with V8's code cache, what Node 22's module compile cache does and Node 20 lacks. Each command keeps
 * the cache its first run leaves: the bytecode of all it compiled, the simulator's functions included, so later runs
 * skip compiling them (a 10,000-item `fdl simulate`: 714 → 665 ms, median of 12). V8 checks a cache only by the
 * source's length, so the cache is named by a hash of the bundle's text: a rebuilt bundle never runs an old one. The
 * bundle is ASCII (the build escapes the rest), read as Latin-1: one byte a character. A cache V8 refuses (another
 * Node, other flags) is written again; one that cannot be written (read-only install) is skipped.
 */
function run() {
  const source = readFileSync(bundle, 'latin1')
  const command = COMMANDS.has(process.argv[2]) ? process.argv[2] : 'other'
  // By content: V8 accepts a cache made for any source of the same length, and sizes and times can repeat (copies
  // that keep times, coarse clocks), so only a hash of the text read keeps another bundle's code from running.
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16)
  const cacheFile = join(built, 'code-cache', `${command}-${hash}.bin`)
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  // Strict, as the ES module bundle was: esbuild's CommonJS output does not say so itself.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {'use strict';${source}\n})`
  const script = new vm.Script(wrapped, { filename: bundle, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
  // Left by a run that did the command's work: help or a usage error compiles little of it, and the cache, once
  // accepted, is kept.
  const partial = (code) => code === 2 || process.argv.includes('--help') || process.argv.includes('-h')
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', (code) => partial(code) || save(cacheFile, script))
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
}

/** Writes the script's code cache whole and renames it into place, so a concurrent `fdl` never reads half of one. */
function save(file, script) {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temporary, '')
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, file)
  } catch {
    // A read-only install (the empty write fails before the cache is made) or a full disk: run without a cache.
    rmSync(temporary, { force: true })
  }
}

if (isStale()) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href)
  await buildCli()
}
run()
