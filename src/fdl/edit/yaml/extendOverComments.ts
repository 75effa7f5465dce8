import type { SourceText } from '../text/SourceText.ts'

/**
 * From the content end of a node, the offset after its last line, taking in the comment lines right
 * below it that are indented deeper than `col` (they annotate the node, so they move and go with it).
 */
export function extendOverComments(src: SourceText, contentEnd: number, col: number): number {
  let end = src.nextLineStart(Math.max(0, contentEnd - 1))
  while (end < src.text.length && src.isComment(end) && src.indent(end) > col) end = src.nextLineStart(end)
  return end
}
