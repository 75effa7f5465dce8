import { isMap, isScalar, isSeq } from 'yaml'

/**
 * What the rest of the code reads from a yaml node tree, as plain data to compare: every scalar's value, style,
 * source, format, tag, start and end; every collection's style, tag and start, and a flow collection's end. Not
 * `range[2]` (the end with trailing comments and blank lines) nor a block collection's end: nothing reads them
 * from a parsed flow.
 */
export function yamlShape(node: unknown): unknown {
  if (isScalar(node)) {
    const value = typeof node.value === 'number' && Number.isNaN(node.value) ? 'NaN' : node.value
    return ['scalar', value, typeof node.value, node.type, node.source, node.format, node.minFractionDigits, node.tag, node.range?.[0], node.range?.[1]]
  }
  const end = node && typeof node === 'object' && 'flow' in node && node.flow ? (node as { range?: number[] }).range?.[1] : undefined
  if (isMap(node)) return ['map', node.flow, node.tag, node.range?.[0], end, node.items.map((p) => [yamlShape(p.key), yamlShape(p.value)])]
  if (isSeq(node)) return ['seq', node.flow, node.tag, node.range?.[0], end, node.items.map((i) => yamlShape(i))]
  return ['other', String(node)]
}
