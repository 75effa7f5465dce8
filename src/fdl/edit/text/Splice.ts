
/** One replacement planned on the original text: `[start, end)` becomes `text`. Inserts have start === end. */
export interface Splice {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** The one text replacement that turns the old text into the new (what Monaco's `executeEdits` applies). */
export interface TextChange {
  readonly offset: number
  readonly deleteLength: number
  readonly insertText: string
}

/** What applying a command's splices gives: the new text and the single minimal change, or null if none. */
export interface SplicedText {
  readonly text: string
  readonly change: TextChange | null
}

/**
 * Applies non-overlapping splices (planned on the same original text) and reduces them to the ONE
 * smallest replacement Monaco needs: the covering span, then trimmed of any common prefix and suffix.
 * Inserts at the same offset keep their given order. Throws on overlap: that is a bug in a
 * command, which the dispatcher turns into a failed outcome.
 */
export function applySplices(text: string, splices: readonly Splice[]): SplicedText {
  if (splices.length === 0) return { text, change: null }
  // An insert that falls inside a pure deletion (text appended after a removed list item whose removal also
  // takes the blank line after it) goes to the deletion's end: the deleted text is gone either way.
  const deletions = splices.filter((s) => s.text === '' && s.end > s.start)
  const placed = splices.map((s) => {
    if (s.start !== s.end) return s
    const around = deletions.find((d) => d.start < s.start && s.start < d.end)
    return around ? { ...s, start: around.end, end: around.end } : s
  })
  // At one offset, pure inserts go before a replacement starting there: text inserted before a removed
  // range is the only reading that does not overlap.
  const sorted = placed
    .map((s, i) => ({ s, i, insert: s.start === s.end ? 0 : 1 }))
    .sort((a, b) => a.s.start - b.s.start || a.insert - b.insert || a.i - b.i)
    .map((x) => x.s)
  const parts: string[] = []
  let at = sorted[0]!.start
  const from = at
  for (const s of sorted) {
    if (s.start < at) throw new Error(`overlapping edits at offset ${s.start}`)
    parts.push(text.slice(at, s.start), s.text)
    at = s.end
  }
  const to = at
  const inserted = parts.join('')
  const next = text.slice(0, from) + inserted + text.slice(to)
  return { text: next, change: minimalChange(text.slice(from, to), inserted, from) }
}

/** Trims the common prefix and suffix of the replaced and the inserted text. */
function minimalChange(removed: string, inserted: string, offset: number): TextChange | null {
  if (removed === inserted) return null
  let p = 0
  const max = Math.min(removed.length, inserted.length)
  while (p < max && removed[p] === inserted[p]) p++
  let q = 0
  while (q < max - p && removed[removed.length - 1 - q] === inserted[inserted.length - 1 - q]) q++
  // Keep a CRLF pair together so an editor never sees half a line break.
  if (p > 0 && removed[p - 1] === '\r') p--
  return { offset: offset + p, deleteLength: removed.length - p - q, insertText: inserted.slice(p, inserted.length - q) }
}
