import { isMap, isSeq, type YAMLSeq } from 'yaml'
import type { JsonPath } from '../model/JsonPath.ts'
import type { EditableDocument } from '../edit/EditContext.ts'
import { SourceText } from '../edit/text/SourceText.ts'
import { itemLayout } from '../edit/yaml/layout.ts'
import { childSequences } from '../edit/fdl/structure.ts'

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
