import { isMap, isScalar, isSeq } from 'yaml'

/**
 * What the rest of the code reads from a yaml node tree, as plain data to compare: every scalar's value, style,
 * source, format, tag, start and end; every collection's style, tag and start. Not `range[2]` (the end with
 * trailing comments and blank lines) nor a block collection's end: nothing reads them from a parsed flow.
 */
export function yamlShape(node: unknown): unknown {
  if (isScalar(node)) {
    const value = typeof node.value === 'number' && Number.isNaN(node.value) ? 'NaN' : node.value
    return ['scalar', value, typeof node.value, node.type, node.source, node.format, node.minFractionDigits, node.tag, node.range?.[0], node.range?.[1]]
  }
  if (isMap(node)) return ['map', node.flow, node.tag, node.range?.[0], node.items.map((p) => [yamlShape(p.key), yamlShape(p.value)])]
  if (isSeq(node)) return ['seq', node.flow, node.tag, node.range?.[0], node.items.map((i) => yamlShape(i))]
  return ['other', String(node)]
}
