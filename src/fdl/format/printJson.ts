import { isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml'

const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/

/**
 * Prints a parsed JSON (or flow-style YAML) document as JSON with 2-space indentation, in the layout of
 * `JSON.stringify(value, null, 2)`, but writing every number and string as it was written in `text`:
 * `3600.0`, `12345678901234567890` and `"caf\u00e9"` keep their exact text. What JSON cannot hold as written
 * (plain YAML words, `'single quotes'`, `0x1F`) is converted from its value. Null when the document holds an
 * alias, which the caller resolves another way.
 */
export function printJson(node: unknown, text: string, indent = ''): string | null {
  if (isAlias(node)) return null
  if (isScalar(node)) return scalar(node, text)
  const inner = `${indent}  `
  if (isMap(node)) {
    if (node.items.length === 0) return '{}'
    const lines: string[] = []
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? keyText(pair.key, text) : null
      const value = printJson(pair.value, text, inner)
      if (key === null || value === null) return null
      lines.push(`${inner}${key}: ${value}`)
    }
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  if (isSeq(node)) {
    if (node.items.length === 0) return '[]'
    const lines: string[] = []
    for (const item of node.items) {
      const value = printJson(item, text, inner)
      if (value === null) return null
      lines.push(`${inner}${value}`)
    }
    return `[\n${lines.join(',\n')}\n${indent}]`
  }
  return node === null || node === undefined ? 'null' : null
}

function scalar(node: Scalar, text: string): string {
  const source = node.range ? text.slice(node.range[0], node.range[1]) : ''
  if (typeof node.value === 'number' && node.type === Scalar.PLAIN && JSON_NUMBER.test(source)) return source
  if (typeof node.value === 'string' && node.type === Scalar.QUOTE_DOUBLE && sameString(source, node.value)) return source
  return JSON.stringify(node.value) ?? 'null'
}

function keyText(key: Scalar, text: string): string {
  return typeof key.value === 'string' ? scalar(key, text) : JSON.stringify(String(key.value))
}

/** Whether a double-quoted YAML string means the same in JSON (YAML allows escapes and line folding JSON does not). */
function sameString(source: string, value: string): boolean {
  try {
    return JSON.parse(source) === value
  } catch {
    return false
  }
}
