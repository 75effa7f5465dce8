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
