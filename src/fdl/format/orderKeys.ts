import { isMap, isPair, isScalar, isSeq, type YAMLMap } from 'yaml'

type Kind = keyof typeof CANONICAL_KEY_ORDER

const keyOf = (pair: unknown) => (isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '')

/**
 * Puts the pairs of every FDL mapping in the document into canonical order, in place. Pairs move whole, so
 * the comments and blank lines attached to their keys and values move with them.
 */
export function orderKeys(map: YAMLMap, kind: Kind = 'flow'): void {
  const order: readonly string[] = CANONICAL_KEY_ORDER[kind]
  const rank = (pair: unknown) => {
    const i = order.indexOf(keyOf(pair))
    return i < 0 ? order.length : i
  }
  const before = map.items[0]
  map.items = map.items.map((pair, i) => ({ pair, i })).sort((a, b) => rank(a.pair) - rank(b.pair) || a.i - b.i).map((e) => e.pair)
  if (kind === 'flow') keepHeaderOnTop(before, map.items[0])
  const children = CANONICAL_CHILDREN[kind] ?? {}
  for (const pair of map.items) {
    const child = children[keyOf(pair)]
    if (child === undefined || !isPair(pair)) continue
    if (isMap(pair.value)) orderKeys(pair.value, child)
    else if (isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) orderKeys(item, child)
  }
}

/**
 * A comment at the top of a file reads as the file's header, but the yaml library stores it on the first key;
 * when that key moves down, the header stays on top (given to the new first key).
 */
function keepHeaderOnTop(oldFirst: unknown, newFirst: unknown): void {
  if (oldFirst === newFirst || !isPair(oldFirst) || !isPair(newFirst) || !isScalar(oldFirst.key) || !isScalar(newFirst.key)) return
  const header = oldFirst.key.commentBefore
  if (!header) return
  newFirst.key.commentBefore = newFirst.key.commentBefore ? `${header}\n${newFirst.key.commentBefore}` : header
  oldFirst.key.commentBefore = undefined
}

/**
 * The key order `fdl fmt` writes, per kind of FDL mapping: `type` and `name` first, then what the step does,
 * what it reads (`inputMappings`, then `serviceParams`, which reads the mapped input), its nested steps, what it
 * outputs, error handling, and `end` last, the order the reference's tables and official samples use. Keys
 * not listed keep their relative order after the listed ones.
 */
export const CANONICAL_KEY_ORDER = {
  flow: ['version', 'type', 'name', 'timeoutSeconds', 'inputMappings', 'steps', 'outputMappings'],
  step: [
    'type', 'name',
    'resourceArn', 'action', 'pattern', 'timeoutSeconds',
    'duration', 'timestamp',
    'error', 'cause',
    'iterationMapping',
    'inputMappings', 'serviceParams',
    'choices', 'default', 'branches', 'steps',
    'outputMappings', 'errorMappings', 'retry', 'catch',
    'end',
  ],
  choice: ['condition', 'steps', 'goto'],
  default: ['steps', 'goto'],
  branch: ['steps'],
  iterationMapping: ['collection', 'item', 'index'],
  retry: ['errors', 'intervalSeconds', 'maxIntervalSeconds', 'maxAttempts', 'multiplier'],
  catch: ['errors', 'goto', 'steps'],
  mapping: ['target', 'source'],
} as const satisfies Record<string, readonly string[]>


const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** A copy of plain FDL data (a JSON flow) with every FDL object's keys in canonical order; other values as they are. */
export function orderPlainKeys(value: unknown, kind: Kind = 'flow'): unknown {
  if (!isObject(value)) return value
  const order: readonly string[] = CANONICAL_KEY_ORDER[kind]
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
  const keys = Object.keys(value).map((k, i) => ({ k, i })).sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
  const out: Record<string, unknown> = {}
  for (const { k } of keys) {
    const child = CANONICAL_CHILDREN[kind]?.[k]
    const v = value[k]
    const ordered = child === undefined ? v : Array.isArray(v) ? v.map((item) => orderPlainKeys(item, child)) : orderPlainKeys(v, child)
    Object.defineProperty(out, k, { value: ordered, enumerable: true, writable: true, configurable: true })
  }
  return out
}


/** Which kind of FDL mapping sits under each key, so formatting can find every step, policy and mapping row. */
export const CANONICAL_CHILDREN: Readonly<Partial<Record<Kind, Readonly<Record<string, Kind>>>>> = {
  flow: { steps: 'step', inputMappings: 'mapping', outputMappings: 'mapping' },
  step: {
    steps: 'step', choices: 'choice', default: 'default', branches: 'branch', iterationMapping: 'iterationMapping',
    retry: 'retry', catch: 'catch', inputMappings: 'mapping', outputMappings: 'mapping', errorMappings: 'mapping',
  },
  choice: { steps: 'step' },
  default: { steps: 'step' },
  branch: { steps: 'step' },
  catch: { steps: 'step' },
}
