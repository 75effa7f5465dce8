import type { JsonPath } from '../model/jsonPaths.ts'
import type { SourceRange } from '../model/Diagnostic.ts'
import type { ParsedFdl } from '../parse/parseFdl.ts'
import { rangeOf } from '../parse/readFields.ts'
import { SourceText } from '../edit/text/SourceText.ts'
import { locate, contentEnd } from '../edit/yaml/nodes.ts'
import { itemLayout, pairLayout } from '../edit/yaml/layout.ts'
import { isMap, isSeq, type YAMLSeq } from 'yaml'
import type { EditableDocument } from '../edit/EditContext.ts'
import { childSequences } from '../edit/fdl/structure.ts'

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

/** The item of `seq` whose lines (leading comments to trailing comments) hold `offset`, or -1. */
function itemAt(src: SourceText, seq: YAMLSeq, offset: number): number {
  for (let i = 0; i < seq.items.length; i++) {
    const layout = itemLayout(src, seq, i)
    if (!layout) {
      const r = (seq.items[i] as { range?: [number, number, number] } | null)?.range
      if (r && offset >= r[0] && offset <= r[1]) return i
      continue
    }
    if (layout.start > offset) return -1
    if (offset < layout.end || (layout.end === src.text.length && offset === layout.end)) return i
  }
  return -1
}

/**
 * The path of the innermost step whose text holds `offset` (its dash line through its last line, with
 * the comments it owns), e.g. to select on the canvas the step the code cursor is in; null outside
 * every step. Works on the parsed document of a `ParsedFdl`.
 */
export function stepPathAtOffset(parsed: EditableDocument, offset: number): JsonPath | null {
  const root = parsed.document.contents
  if (!isMap(root)) return null
  const src = new SourceText(parsed.text)
  let found: JsonPath | null = null
  let candidates: { seq: unknown; path: JsonPath }[] = [{ seq: root.get('steps', true), path: ['steps'] }]
  for (;;) {
    const hit = candidates.find((c) => isSeq(c.seq) && itemAt(src, c.seq, offset) >= 0)
    if (!hit || !isSeq(hit.seq)) return found
    const index = itemAt(src, hit.seq, offset)
    const step = hit.seq.items[index]
    found = [...hit.path, index]
    if (!isMap(step)) return found
    candidates = childSequences(step, found)
  }
}
