import type { DocumentRecord } from './DocumentRecord.ts'

/**
 * Keeps the stored undo history within `maxChars` of snapshot text, dropping the oldest undo steps first
 * (then the farthest redo steps), so a long session on a big flow cannot fill the browser's storage with
 * history while the document itself still fits.
 */
export function trimHistory(history: DocumentRecord['history'], maxChars: number): DocumentRecord['history'] {
  let budget = maxChars
  const past = []
  for (let i = history.past.length - 1; i >= 0; i--) {
    const s = history.past[i]!
    if (s.text.length > budget) break
    budget -= s.text.length
    past.unshift(s)
  }
  const future = []
  for (let i = history.future.length - 1; i >= 0; i--) {
    const s = history.future[i]!
    if (s.text.length > budget) break
    budget -= s.text.length
    future.unshift(s)
  }
  return past.length === history.past.length && future.length === history.future.length ? history : { past, future }
}
