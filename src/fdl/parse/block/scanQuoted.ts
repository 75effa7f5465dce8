import { OutsideBlockSubset } from './OutsideBlockSubset.ts'

const BACKSLASH = 92
const DOUBLE = 34
const SINGLE = 39

/**
 * Reads a one-line quoted scalar starting at `p` (on its quote) and ending before `end` (the line's end):
 * its value and the offset just after its closing quote. A scalar that goes on to the next line is left to
 * the yaml library (line folding). Double-quoted escapes are read with JSON.parse: JSON's escapes are a
 * subset of YAML's with the same meaning, and the others (`\x41`, `\e`, `\ `) make it refuse the text.
 */
export function scanQuoted(text: string, p: number, end: number): { value: string; close: number } {
  const quote = text.charCodeAt(p)
  if (quote === DOUBLE) {
    let escaped = false
    for (let j = p + 1; j < end; j++) {
      const c = text.charCodeAt(j)
      if (c === BACKSLASH) {
        escaped = true
        j++
      } else if (c === DOUBLE) {
        const raw = text.slice(p, j + 1)
        if (!escaped) return { value: raw.slice(1, -1), close: j + 1 }
        try {
          return { value: JSON.parse(raw) as string, close: j + 1 }
        } catch {
          throw new OutsideBlockSubset('YAML-only escape in a double-quoted scalar')
        }
      }
    }
    throw new OutsideBlockSubset('multi-line double-quoted scalar')
  }
  for (let j = p + 1; j < end; j++) {
    if (text.charCodeAt(j) !== SINGLE) continue
    if (text.charCodeAt(j + 1) === SINGLE && j + 1 < end) {
      j++
      continue
    }
    return { value: text.slice(p + 1, j).replaceAll("''", "'"), close: j + 1 }
  }
  throw new OutsideBlockSubset('multi-line single-quoted scalar')
}
