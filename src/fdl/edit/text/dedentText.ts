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
