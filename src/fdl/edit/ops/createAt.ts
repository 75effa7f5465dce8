import { isMap, isSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import type { Located } from '../yaml/locate.ts'
import { indentText } from '../text/indentText.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { plainEdit } from './plainEdit.ts'
import { insertPair } from './insertPair.ts'
import { renderValue, replaceValue, type NewValue } from './replaceValue.ts'
import { isNullValue } from '../yaml/isNullValue.ts'
import { insertItems } from './insertItems.ts'

/**
 * Writes `leaf` at `path`, which exists only down to the end of `chain`: the missing mappings on the way
 * are created (a missing list only at index 0), as one new key in the deepest existing mapping, as the
 * content of an empty or null value (`default:`, `default: ~`), or as a new last item of an existing list.
 */
export function createAt(ctx: EditContext, chain: readonly Located[], path: JsonPath, leaf: NewValue): Plan {
  const deepest = chain[chain.length - 1]!
  const rest = path.slice(deepest.path.length)
  const first = rest[0]
  if (first === undefined) return replaceValue(ctx, chain, leaf)
  const tailOk = rest.slice(1).every((s) => typeof s === 'string' || s === 0)
  const node = deepest.node
  if (!tailOk) return { reason: msg('Cannot create `{path}`: only new mappings and one-item lists are created on the way.', { path: path.join('.') }) }
  if (isMap(node) && typeof first === 'string') {
    const pairText = yamlText.key(first) + ':' + valueText(rest.slice(1), leaf, 'pair')
    return insertPair(ctx, chain, first, pairText, plainEdit.set(undefined, rest.slice(1), leaf.value))
  }
  if (isNullValue(node) && (typeof first === 'string' || first === 0)) {
    const value = plainEdit.set(undefined, rest, leaf.value)
    return replaceValue(ctx, chain, { value, render: (context) => valueText(rest, leaf, context) })
  }
  if (isSeq(node) && first === node.items.length) {
    const text = '-' + valueText(rest.slice(1), leaf, 'item')
    return insertItems(ctx, deepest.path, first, [{ text, value: plainEdit.set(undefined, rest.slice(1), leaf.value) }])
  }
  const joined = deepest.path.join('.')
  const parent = joined !== '' ? joined : msg('the document')
  return { reason: msg('Cannot create `{path}`: `{parent}` has no room for it.', { path: path.join('.'), parent }) }
}

/** Text of the value made of `rest` nested mappings (or single-item lists) around `leaf`, for the given context. */
function valueText(rest: JsonPath, leaf: NewValue, context: 'pair' | 'item'): string {
  const [head, ...tail] = rest
  if (head === undefined) return renderValue(leaf, context)
  const inner = typeof head === 'string' ? yamlText.key(head) + ':' + valueText(tail, leaf, 'pair') : '-' + valueText(tail, leaf, 'item')
  return context === 'pair' ? '\n' + indentText(inner, 2, '\n') : ' ' + indentText(inner, 2, '\n', true)
}
