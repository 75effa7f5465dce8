// The list comes from the folder at build time (scripts/builtInExamplesPlugin.ts), so it always matches the folder and
// an unknown `?example=` name can be refused without any request. Each file is a lazy chunk of its own, except the
// seed example: a first visit opens it at once, so it ships with the app (1 KB) instead of costing a request after
// start-up.
import { examples, seed } from 'virtual:built-in-examples'

/** A template from `public/examples/`, loaded on demand so the gallery costs nothing until it opens. */
export interface BuiltInExample {
  /** The file name without `.yaml`: what `/?example=NAME` takes. */
  readonly name: string
  load(): Promise<string>
}

/** The seed example: what a first visit opens and the gallery lists first (CONTRACTS §2), named in vite.config.ts. */
export const SEED_EXAMPLE = seed

/**
 * The built-in examples, seed example first, then by name. File names are plain ASCII, so code-unit order is
 * the order a person expects; `localeCompare` would give the same but its first call loads the ICU collator,
 * about 17 ms of the page's start-up for a list nobody sees until the gallery opens.
 */
export const builtInExamples: readonly BuiltInExample[] = Object.entries(examples).map(([name, load]) => ({ name, load })).sort((a, b) => (a.name === SEED_EXAMPLE ? -1 : b.name === SEED_EXAMPLE ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

/**
 * The one-line description of an example: the first comment line of the file (each example opens with
 * `# Title: what it shows`). Keeping the description in the file means a new example needs no second
 * place to register it.
 */
export function exampleSummary(text: string): string {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line === '#') continue
    if (!line.startsWith('#')) break
    return line.replace(/^#+\s*/, '')
  }
  return ''
}
