import { isMap, isScalar } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import type { Located } from '../yaml/locate.ts'
import { pairLayout } from '../yaml/pairLayout.ts'
import { keyRank } from '../yaml/keyOrder.ts'
import { indentText } from '../text/indentText.ts'
import { flowFallback } from './flowFallback.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'
import { plainEdit } from './plainEdit.ts'

/**
 * Adds a key to the mapping at the end of `chain`, at its canonical place: before the first existing key
 * that comes later in FDL order (keys the order does not know count as last), else after the last key.
 * `pairText` is the whole `key: value` text relative to column 0; `value` is used inside flow mappings.
 * `skip` lists pair indexes being removed by the same command, which must not serve as anchors.
 */
export function insertPair(
  ctx: EditContext,
  chain: readonly Located[],
  key: string,
  pairText: string,
  value: unknown,
  skip: ReadonlySet<number> = new Set(),
): Plan {
  const { src } = ctx
  const loc = chain[chain.length - 1]!
  const map = loc.node
  if (!isMap(map)) return { reason: msg('Not a mapping.') }
  const flowAt = outermostFlow(chain, chain.length - 1)
  if (flowAt >= 0) return flowFallback(ctx, chain, flowAt, (plain, rel) => plainEdit.set(plain, rel([...loc.path, key]), value))
  const kept = map.items.map((_, i) => i).filter((i) => !skip.has(i))
  if (kept.length === 0) return { reason: msg('Cannot add a key to a mapping whose keys are all being removed.') }
  const rank = keyRank(key)
  const anchor = kept.find((i) => {
    const k = map.items[i]!.key
    return isScalar(k) && keyRank(String(k.value)) > rank
  })
  const ref = pairLayout(src, map, anchor ?? kept[kept.length - 1]!)
  if (!ref) return { reason: msg('This mapping uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const col = ref.keyCol
  if (anchor === undefined) {
    const at = ref.end
    const needsBreak = at === src.text.length && !src.endsWithNewline()
    const body = indentText(pairText, col, src.eol)
    return [{ start: at, end: at, text: needsBreak ? src.eol + body : body + src.eol }]
  }
  if (ref.startsLine) return [{ start: ref.start, end: ref.start, text: indentText(pairText, col, src.eol) + src.eol }]
  return [{ start: ref.keyStart, end: ref.keyStart, text: indentText(pairText, col, src.eol, true) + src.eol + ' '.repeat(col) }]
}
