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
