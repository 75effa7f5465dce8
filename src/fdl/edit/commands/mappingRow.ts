import { isMap, isSeq, type Document } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { Reason } from '../EditContext.ts'
import type { JsonPath } from '../../model/JsonPath.ts'
import { locate } from '../yaml/locate.ts'
import { isNullValue } from '../yaml/isNullValue.ts'
import { checks } from './checks.ts'

/** Checks that `list` is a mapping list (or a place where one can be created when `mayBeMissing`) and that `index` is a row of it (or, with `end`, one past the last). */
export function checkMappingList(doc: Document, list: JsonPath, index: number | undefined, opts: { mayBeMissing: boolean; end: boolean }): Reason | null {
  const bad = checks.path(list)
  if (bad) return bad
  const { chain, found } = locate(doc, list)
  const node = chain[chain.length - 1]!.node
  let length = 0
  if (!found) {
    const parentMissing = chain.length < list.length
    if (!opts.mayBeMissing || parentMissing || !isMap(node)) return { reason: msg('There is no mapping list at {path}.', { path: checks.show(list) }) }
  } else if (isSeq(node)) length = node.items.length
  else if (!(opts.mayBeMissing && isNullValue(node))) return { reason: msg('{path} is not a list of mappings.', { path: checks.show(list) }) }
  if (index === undefined) return null
  const max = opts.end ? length : length - 1
  return Number.isInteger(index) && index >= 0 && index <= max ? null : { reason: msg('There is no row {index} in {path}.', { index: String(index), path: checks.show(list) }) }
}
