import type { JsonPath } from '../model/JsonPath.ts'
import type { SourceRange } from '../model/SourceRange.ts'
import type { ParsedFdl } from '../parse/parseFdl.ts'
import { rangeOf } from '../parse/rangeOf.ts'
import { SourceText } from '../edit/text/SourceText.ts'
import { locate, contentEnd } from '../edit/yaml/nodes.ts'
import { itemLayout, pairLayout } from '../edit/yaml/layout.ts'

/**
 * The text range of the node at `path`, for revealing and highlighting it in the code: a list item
 * (a step) from its dash to its last character, a mapping value from its key, the whole document for
 * `[]`. Null when the path does not exist.
 */
export function rangeOfPath(parsed: Pick<ParsedFdl, 'text' | 'document' | 'lineCounter'>, path: JsonPath): SourceRange | null {
  const { chain, found } = locate(parsed.document, path)
  if (!found) return null
  const src = new SourceText(parsed.text)
  const loc = chain[chain.length - 1]!
  const own = (loc.node as { range?: [number, number, number] } | null)?.range
  let start = own?.[0] ?? 0
  let end = contentEnd(src, loc.node, start)
  if (loc.parent?.kind === 'item') {
    const layout = itemLayout(src, loc.parent.seq, loc.parent.index)
    if (layout) [start, end] = [layout.dash, layout.contentEnd]
  } else if (loc.parent?.kind === 'pair') {
    const layout = pairLayout(src, loc.parent.map, loc.parent.index)
    if (layout) [start, end] = [layout.keyStart, layout.contentEnd]
  }
  if (!own && !loc.parent) return null
  return rangeOf(parsed.lineCounter, start, end)
}
