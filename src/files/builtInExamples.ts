
/** A template from `public/examples/`, loaded on demand so the gallery costs nothing until it opens. */
export interface BuiltInExample {
  /** The file name without `.yaml`: what `/?example=NAME` takes. */
  readonly name: string
  load(): Promise<string>
}

// Resolved at build time, so the list always matches the folder and an unknown `?example=` name can be
// refused without any request. Vite bundles each file as its own lazy chunk.
const FILES = import.meta.glob<string>('/public/examples/*.yaml', { query: '?raw', import: 'default' })

/** The seed example: what a first visit opens and the gallery lists first (CONTRACTS §2). */
export const SEED_EXAMPLE = 'mns-callback'

/** The built-in examples, seed example first, then by name. */
export const builtInExamples: readonly BuiltInExample[] = Object.entries(FILES)
  .map(([path, load]) => ({ name: path.replace(/^.*\/|\.yaml$/g, ''), load }))
  .sort((a, b) => (a.name === SEED_EXAMPLE ? -1 : b.name === SEED_EXAMPLE ? 1 : a.name.localeCompare(b.name)))

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
