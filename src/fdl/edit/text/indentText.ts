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
