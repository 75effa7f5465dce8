import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'vitest'

/**
 * The one place the tests find flow files: the built-in examples (always here) and the shared corpus of real
 * public flows (`../shared/fdl/examples`, beside the project; absent from a fresh clone). Paths are relative
 * to the project root, where the test runner starts.
 */
export const BUILT_IN_DIR = 'public/examples'
export const CORPUS_DIR = '../shared/fdl/examples'
/** Carried by the name of every corpus test, so the test gate can count the ones that did not run. */
export const CORPUS_TAG = '[corpus]'
export const corpusPresent = existsSync(CORPUS_DIR)

const FLOW_FILE = /\.(ya?ml|json)$/

/** The flow files of a folder (`.yaml`, `.yml`, `.json` unless `ext` says otherwise), sorted, as paths; [] when the folder is missing. */
export function flowFiles(dir: string, ext: RegExp = FLOW_FILE): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => join(dir, f)) : []
}

/**
 * The corpus's file names as last seen (`corpus-manifest.json`, checked against the folder whenever it is
 * there), so that without the folder each test still has its name and is reported as not run.
 */
export function corpusManifest(): readonly string[] {
  return JSON.parse(readFileSync(new URL('./corpus-manifest.json', import.meta.url), 'utf8')) as string[]
}

/** The corpus files matching `ext`: from the folder, else the manifest's names (for tests reported as skipped). */
export function corpusFiles(ext: RegExp = FLOW_FILE): string[] {
  return corpusPresent ? flowFiles(CORPUS_DIR, ext) : corpusManifest().filter((f) => ext.test(f)).map((f) => join(CORPUS_DIR, f))
}

/**
 * `it.each` over the corpus (`title` takes the file as `%s`): run when the folder is there; when it is not,
 * one skipped test per file, tagged, so the run's closing lines say how many corpus tests did not run instead
 * of passing without them.
 */
export function itCorpus(title: string, fn: (file: string) => void | Promise<void>, ext: RegExp = FLOW_FILE): void {
  const files = corpusFiles(ext)
  if (files.length === 0) return
  const each = corpusPresent ? it.each(files) : it.skip.each(files)
  each(`${CORPUS_TAG} ${title}`, fn)
}

/**
 * `describe.each` over the corpus. Without the folder a suite's body cannot even be collected (it reads its
 * file), so each file stands as one skipped test named after its suite, and is counted as not run.
 */
export function describeCorpus(title: string, fn: (file: string) => void, ext: RegExp = FLOW_FILE): void {
  const files = corpusFiles(ext)
  if (files.length === 0) return
  if (corpusPresent) describe.each(files)(`${CORPUS_TAG} ${title}`, fn)
  else for (const file of files) it.skip(`${CORPUS_TAG} ${title.replace('%s', file)}`)
}
