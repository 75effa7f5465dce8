import { isMap, isPair, isScalar, isSeq, type YAMLMap, type YAMLSeq, isAlias, type LineCounter } from 'yaml'
import { msg, formatMessage, type Message } from '../../i18n/Message.ts'
import type { JsonPath } from '../model/jsonPaths.ts'
import type { Mapping } from '../model/Step.ts'
import { toPlain } from './toPlain.ts'
import { deref } from './aliases.ts'
import type { Diagnostic, Severity, SourceRange } from '../model/Diagnostic.ts'
import type { PlainContext } from './toPlain.ts'

/** The value node stored under `key` in a YAML map (an alias followed), or undefined. */
export function child(ctx: ReadContext, map: YAMLMap, key: string): unknown {
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return deref(ctx.plain, pair.value ?? null)
  }
  return undefined
}

/**
 * Reads each entry of a YAML list (an alias followed) with `read`, which gives null for an entry it reported
 * and skips. The result has a slot per entry and no more: an array grown by `push` or `flatMap` keeps room for
 * 17, and the model of a big flow holds thousands of these lists for as long as it is open.
 */
export function readItems<T>(ctx: ReadContext, node: YAMLSeq, read: (item: unknown, i: number) => T | null): T[] {
  let skipped = false
  const values = node.items.map((raw, i) => {
    const value = read(deref(ctx.plain, raw), i)
    if (value === null) skipped = true
    return value
  })
  return skipped ? values.filter((value): value is T => value !== null) : (values as T[])
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
  return readItems(ctx, node, (item, i) => {
    if (isScalar(item) && item.value != null) return String(item.value)
    ctx.report('field-type', 'error', msg('Entry {n} of `{key}` must be a name.', { n: i + 1, key }), [...path, key, i], item)
    return null
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
  return readItems(ctx, node, (item, i): Mapping | null => {
    if (!isMap(item)) {
      ctx.report('field-type', 'error', msg('Row {n} of `{key}` must be a {target, source} mapping.', { n: i + 1, key }), [...path, key, i], item)
      return null
    }
    const target = child(ctx, item, 'target')
    const source = child(ctx, item, 'source')
    const targetText = isScalar(target) && target.value != null ? String(target.value) : ''
    for (const pair of item.items) {
      const k = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : ''
      if (k !== 'target' && k !== 'source') {
        ctx.report('unknown-key', 'warning', msg('Unknown key `{key}` in a mapping row; only target and source are read.', { key: k }), [...path, key, i, k], isPair(pair) ? pair.key : item)
      }
    }
    return { target: targetText, source: source === undefined ? undefined : toPlain(source, ctx.plain) }
  })
}

/** Shared state of one model read: where diagnostics go and how to locate a node in the text. */
export interface ReadContext {
  readonly lineCounter: LineCounter
  readonly plain: PlainContext
  readonly diagnostics: Diagnostic[]
  /** Records a diagnostic at the node's source range (the document start when it has none); `text` gives its message. */
  report(code: string, severity: Severity, text: Message, path: JsonPath, node: unknown): void
}

/** Builds a {@link ReadContext} whose `report` records diagnostics with the node's source range. */
export function readContext(lineCounter: LineCounter, plain: PlainContext): ReadContext {
  const diagnostics: Diagnostic[] = []
  return {
    lineCounter,
    plain,
    diagnostics,
    report(code, severity, text, path, node) {
      // Values are read through their aliases (`deref`); an alias still here as a value has no anchor or is past
      // the budget, and its own error (yaml-alias-unresolved, yaml-too-complex) says so. A type complaint about
      // it would only add noise. Other reports (an alias used as a key) stand.
      if (isAlias(node) && (code === 'field-type' || code === 'step-not-mapping')) return
      const r = (node as { range?: [number, number, number] } | null)?.range
      const range = rangeOf(lineCounter, r?.[0] ?? 0, r?.[1] ?? r?.[0] ?? 0)
      diagnostics.push({ code, severity, message: formatMessage(text), text, path: [...path], range })
    },
  }
}

/** Turns 0-based offsets into a 1-based line/column range, the way editors and `fdl validate` report it. */
export function rangeOf(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const a = lineCounter.linePos(start)
  const b = lineCounter.linePos(Math.max(start, end))
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: start, endOffset: Math.max(start, end) }
}

/** Keys every step type accepts (REFERENCE §2.1). */
const COMMON = ['type', 'name', 'inputMappings', 'outputMappings']

/**
 * The keys each step type defines. Anything else is kept in `extra` and reported as `unknown-key`.
 * `retry`, `catch`, `errorMappings` and `serviceParams` are listed only for task; on other types they are
 * kept as extra keys and the validator says why they have no effect.
 */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  task: [...COMMON, 'end', 'resourceArn', 'action', 'pattern', 'timeoutSeconds', 'serviceParams', 'errorMappings', 'retry', 'catch'],
  pass: [...COMMON, 'end'],
  wait: [...COMMON, 'end', 'duration', 'timestamp'],
  choice: [...COMMON, 'end', 'choices', 'default'],
  parallel: [...COMMON, 'end', 'branches'],
  foreach: [...COMMON, 'end', 'iterationMapping', 'steps'],
  succeed: [...COMMON],
  fail: [...COMMON, 'error', 'cause'],
}

/** Keys only a task reads; on other step types they are kept and the validator reports `task-only-field`. */
export const TASK_ONLY_KEYS = ['retry', 'catch', 'errorMappings', 'serviceParams']

/** Top-level keys of a flow definition (REFERENCE §1.1, plus the undocumented `name`). */
export const FLOW_KEYS = ['version', 'type', 'name', 'steps', 'inputMappings', 'outputMappings', 'timeoutSeconds']
