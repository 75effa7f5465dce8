/** One replacement planned on the original text: `[start, end)` becomes `text`. Inserts have start === end. */
export interface Splice {
  readonly start: number
  readonly end: number
  readonly text: string
}
