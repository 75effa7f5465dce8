import { isMap, isPair, isScalar, isSeq, type YAMLMap } from 'yaml'
import { msg } from '../../i18n/Message.ts'
import type { JsonPath } from '../model/JsonPath.ts'
import type { Mapping } from '../model/Mapping.ts'
import type { ReadContext } from './ReadContext.ts'
import { toPlain } from './toPlain.ts'
import { deref } from './deref.ts'

/** The value node stored under `key` in a YAML map (an alias followed), or undefined. */
export function child(ctx: ReadContext, map: YAMLMap, key: string): unknown {
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return deref(ctx.plain, pair.value ?? null)
  }
  return undefined
}

/** Reads a string field; a wrong type is reported (`field-type`) and read as absent. */
export function readString(ctx: ReadContext, map: YAMLMap, key: string, path: JsonPath): string | undefined {
  const node = child(ctx, map, key)
  if (node === undefined) return undefined
  if (isScalar(node) && typeof node.value === 'string') return node.value
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value)
  ctx.report('field-type', 'error', msg('`{key}` must be a string.', { key }), [...path, key], node)
  return undefined
}

/** Reads an integer or number field; strings holding numbers are reported, not guessed. */
export function readNumber(ctx: ReadContext, map: YAMLMap, key: string, path: JsonPath): number | undefined {
  const node = child(ctx, map, key)
  if (node === undefined) return undefined
  if (isScalar(node) && typeof node.value === 'number') return node.value
  ctx.report('field-type', 'error', msg('`{key}` must be a number.', { key }), [...path, key], node)
  return undefined
}

/** Reads a boolean field such as `end`. */
export function readBoolean(ctx: ReadContext, map: YAMLMap, key: string, path: JsonPath): boolean | undefined {
  const node = child(ctx, map, key)
  if (node === undefined) return undefined
  if (isScalar(node) && typeof node.value === 'boolean') return node.value
  ctx.report('field-type', 'error', msg('`{key}` must be true or false.', { key }), [...path, key], node)
  return undefined
}

/** Reads a list of strings such as `errors: [FnF.ALL]`. */
export function readStringList(ctx: ReadContext, map: YAMLMap, key: string, path: JsonPath): string[] | undefined {
  const node = child(ctx, map, key)
  if (node === undefined) return undefined
  if (!isSeq(node)) {
    ctx.report('field-type', 'error', msg('`{key}` must be a list of names.', { key }), [...path, key], node)
    return undefined
  }
  return node.items.flatMap((raw, i) => {
    const item = deref(ctx.plain, raw)
    if (isScalar(item) && item.value != null) return [String(item.value)]
    ctx.report('field-type', 'error', msg('Entry {n} of `{key}` must be a name.', { n: i + 1, key }), [...path, key, i], item)
    return []
  })
}

/** Reads a free-form object such as `serviceParams` as plain data. */
export function readObject(
  ctx: ReadContext,
  map: YAMLMap,
  key: string,
  path: JsonPath,
): Record<string, unknown> | undefined {
  const node = child(ctx, map, key)
  if (node === undefined) return undefined
  if (!isMap(node)) {
    ctx.report('field-type', 'error', msg('`{key}` must be a mapping of keys to values.', { key }), [...path, key], node)
    return undefined
  }
  return toPlain(node, ctx.plain) as Record<string, unknown>
}

/** Reads `inputMappings` / `outputMappings` / `errorMappings`; rows without a string `target` are reported. */
export function readMappings(ctx: ReadContext, map: YAMLMap, key: string, path: JsonPath): Mapping[] | undefined {
  const node = child(ctx, map, key)
  if (node === undefined) return undefined
  if (!isSeq(node)) {
    ctx.report('field-type', 'error', msg('`{key}` must be a list of {target, source} rows.', { key }), [...path, key], node)
    return undefined
  }
  const rows: Mapping[] = []
  node.items.forEach((raw, i) => {
    const item = deref(ctx.plain, raw)
    const rowPath = [...path, key, i]
    if (!isMap(item)) {
      ctx.report('field-type', 'error', msg('Row {n} of `{key}` must be a {target, source} mapping.', { n: i + 1, key }), rowPath, item)
      return
    }
    const target = child(ctx, item, 'target')
    const source = child(ctx, item, 'source')
    const targetText = isScalar(target) && target.value != null ? String(target.value) : ''
    for (const pair of item.items) {
      const k = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : ''
      if (k !== 'target' && k !== 'source') {
        ctx.report('unknown-key', 'warning', msg('Unknown key `{key}` in a mapping row; only target and source are read.', { key: k }), [...rowPath, k], isPair(pair) ? pair.key : item)
      }
    }
    rows.push({ target: targetText, source: source === undefined ? undefined : toPlain(source, ctx.plain) })
  })
  return rows
}
