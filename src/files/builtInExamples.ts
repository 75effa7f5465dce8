
/** A template from `public/examples/`, loaded on demand so the gallery costs nothing until it opens. */
export interface BuiltInExample {
  /** The file name without `.yaml`: what `/?example=NAME` takes. */
  readonly name: string
  load(): Promise<string>
}

// Resolved at build time, so the list always matches the folder and an unknown `?example=` name can be
// refused without any request. Vite bundles each file as its own lazy chunk, except the seed example: a first
// visit opens it at once, so it ships with the app (1 KB) instead of costing a request after start-up.
const FILES = import.meta.glob<string>(['/public/examples/*.yaml', '!/public/examples/mns-callback.yaml'], { query: '?raw', import: 'default' })
const SEED = import.meta.glob<string>('/public/examples/mns-callback.yaml', { query: '?raw', import: 'default', eager: true })

/** The seed example: what a first visit opens and the gallery lists first (CONTRACTS §2). Its file is the one in `SEED`. */
export const SEED_EXAMPLE = 'mns-callback'

const nameOf = (path: string) => path.replace(/^.*\/|\.yaml$/g, '')

/**
 * The built-in examples, seed example first, then by name. File names are plain ASCII, so code-unit order is
 * the order a person expects; `localeCompare` would give the same but its first call loads the ICU collator,
 * about 17 ms of the page's start-up for a list nobody sees until the gallery opens.
 */
export const builtInExamples: readonly BuiltInExample[] = [
  ...Object.entries(SEED).map(([path, text]) => ({ name: nameOf(path), load: () => Promise.resolve(text) })),
  ...Object.entries(FILES).map(([path, load]) => ({ name: nameOf(path), load })),
].sort((a, b) => (a.name === SEED_EXAMPLE ? -1 : b.name === SEED_EXAMPLE ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

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
