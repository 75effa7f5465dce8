
/** `end` moved back before the line break it follows, if any (so a replacement keeps the line's break). */
export function beforeBreak(text: string, end: number): number {
  let e = end
  if (text[e - 1] === '\n') e--
  if (text[e - 1] === '\r') e--
  return e
}

/**
 * Places text written relative to column 0 (lines joined by `\n`) at column `col`: every non-empty line
 * gets `col` spaces, except the first when `firstInline` (it continues a line already indented), and
 * lines are joined with the document's line ending.
 */
export function indentText(text: string, col: number, eol: string, firstInline = false): string {
  const pad = ' '.repeat(col)
  return text
    .split('\n')
    .map((line, i) => (line === '' || (i === 0 && firstInline) ? line : pad + line))
    .join(eol)
}

/**
 * Cuts a piece of the document (whole lines) loose from its column: removes up to `col` leading spaces
 * from every line, normalises line endings to `\n` and drops the final line break, so the piece can be
 * placed again with {@link indentText}. Lines less indented than `col` (comments) lose what they have.
 */
export function dedentText(text: string, col: number): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      let i = 0
      while (i < col && line[i] === ' ') i++
      return line.slice(i)
    })
    .join('\n')
}
