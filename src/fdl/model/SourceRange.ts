/** A span of the source text: 1-based lines and columns (editor style) plus 0-based offsets. */
export interface SourceRange {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly offset: number
  readonly endOffset: number
}
