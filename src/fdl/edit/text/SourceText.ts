/**
 * Line-level reading of the original document text. Edits are planned as splices on this text, so every
 * offset here is an offset into the text the user has (UTF-16 units, as Monaco and `yaml` count them).
 * Lines end in `\n` or `\r\n`; new text is written with the document's own line ending.
 */
export class SourceText {
  readonly text: string
  /** The document's line ending, taken from its first line break (`\n` when it has none). */
  readonly eol: string

  constructor(text: string) {
    this.text = text
    const nl = text.indexOf('\n')
    this.eol = nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n'
  }

  /** Offset of the first character of the line holding `offset`. */
  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1
  }

  /** Offset where the line holding `offset` ends, before its line break (`\r\n` or `\n`). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset)
    if (nl < 0) return this.text.length
    return nl > 0 && this.text[nl - 1] === '\r' && nl - 1 >= offset ? nl - 1 : nl
  }

  /** Offset of the line after the one holding `offset` (the text length on the last line). */
  nextLineStart(offset: number): number {
    const nl = this.text.indexOf('\n', offset)
    return nl < 0 ? this.text.length : nl + 1
  }

  /** Start of the line before the line starting at `lineStart`, or -1 on the first line. */
  previousLineStart(lineStart: number): number {
    return lineStart === 0 ? -1 : this.lineStart(lineStart - 1)
  }

  /** Column (0-based) of `offset` in its line. */
  column(offset: number): number {
    return offset - this.lineStart(offset)
  }

  /** Number of leading spaces of the line starting at `lineStart`. */
  indent(lineStart: number): number {
    let i = lineStart
    while (this.text[i] === ' ') i++
    return i - lineStart
  }

  /** True when the line holds only whitespace. */
  isBlank(lineStart: number): boolean {
    return this.text.slice(lineStart, this.lineEnd(lineStart)).trim() === ''
  }

  /** True when the line holds only a comment. */
  isComment(lineStart: number): boolean {
    return this.text.slice(lineStart, this.lineEnd(lineStart)).trimStart().startsWith('#')
  }

  /** True when nothing but spaces precedes `offset` on its line. */
  startsLine(offset: number): boolean {
    return this.text.slice(this.lineStart(offset), offset).trim() === ''
  }

  /** True when the rest of the line after `offset` is blank or a comment. */
  restIsComment(offset: number): boolean {
    const rest = this.text.slice(offset, this.lineEnd(offset)).trim()
    return rest === '' || rest.startsWith('#')
  }

  /** Moves `end` back over trailing whitespace and line breaks, never before `start`. */
  trimEnd(start: number, end: number): number {
    let e = end
    while (e > start && /\s/.test(this.text[e - 1] ?? '')) e--
    return e
  }

  /** True when the text ends with a line break, so text appended at the end must start a new line itself. */
  endsWithNewline(): boolean {
    return this.text.endsWith('\n')
  }
}
