import { isMap, isSeq, type Document } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import { locate } from '../yaml/locate.ts'
import { isNullValue } from '../yaml/isNullValue.ts'
import { checks } from './checks.ts'

/** Checks that `list` is a mapping list (or a place where one can be created when `mayBeMissing`) and that `index` is a row of it (or, with `end`, one past the last). */
export function checkMappingList(doc: Document, list: JsonPath, index: number | undefined, opts: { mayBeMissing: boolean; end: boolean }): string | null {
  const bad = checks.path(list)
  if (bad) return bad
  const { chain, found } = locate(doc, list)
  const node = chain[chain.length - 1]!.node
  let length = 0
  if (!found) {
    const parentMissing = chain.length < list.length
    if (!opts.mayBeMissing || parentMissing || !isMap(node)) return `There is no mapping list at ${checks.show(list)}.`
  } else if (isSeq(node)) length = node.items.length
  else if (!(opts.mayBeMissing && isNullValue(node))) return `${checks.show(list)} is not a list of mappings.`
  if (index === undefined) return null
  const max = opts.end ? length : length - 1
  return Number.isInteger(index) && index >= 0 && index <= max ? null : `There is no row ${index} in ${checks.show(list)}.`
}
