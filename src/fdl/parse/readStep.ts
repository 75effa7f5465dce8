import { isMap, isPair, isScalar, isSeq, type YAMLMap } from 'yaml'
import { msg, type Message } from '../../i18n/Message.ts'
import type { JsonPath } from '../model/jsonPaths.ts'
import type { Sequence, Step, RetryPolicy, CatchPolicy, ChoiceBranch } from '../model/Step.ts'
import type { ReadContext } from './readFields.ts'
import { KNOWN_KEYS, TASK_ONLY_KEYS, child, readBoolean, readItems, readMappings, readNumber, readObject, readString, readStringList } from './readFields.ts'
import { toPlain } from './toPlain.ts'

/** Reads the `steps` list under `key` of `map` (absent → an empty sequence; the validator decides if that is wrong). */
export function readSequence(ctx: ReadContext, map: YAMLMap, key: string, path: JsonPath): Sequence {
  // `concat`, not `[...path, key]`: a spread array keeps room for 25 entries, and every step keeps its path.
  const seqPath = path.concat(key)
  const node = child(ctx, map, key)
  if (node === undefined || (isScalar(node) && node.value == null)) return { path: seqPath, steps: [] }
  if (!isSeq(node)) {
    ctx.report('field-type', 'error', msg('`{key}` must be a list of steps.', { key }), seqPath, node)
    return { path: seqPath, steps: [] }
  }
  return { path: seqPath, steps: readItems(ctx, node, (item, i) => readStep(ctx, item, seqPath.concat(i)) ?? null) }
}

/**
 * Reads unknown keys of a step into `extra`, reporting each one once (except `unreported`, explained elsewhere).
 * `what` names the mapping in the warning: a phrase, or a key name as written.
 */
function readExtra(ctx: ReadContext, map: YAMLMap, known: readonly string[], path: JsonPath, what: Message | string, unreported: readonly string[] = []) {
  let extra: Record<string, unknown> | undefined
  for (const pair of map.items) {
    if (!isPair(pair)) continue
    const key = isScalar(pair.key) ? String(pair.key.value) : String(toPlain(pair.key, ctx.plain))
    if (known.includes(key)) continue
    extra ??= {}
    Object.defineProperty(extra, key, { value: toPlain(pair.value, ctx.plain), enumerable: true, writable: true, configurable: true })
    if (unreported.includes(key)) continue
    ctx.report('unknown-key', 'warning', msg('Unknown key `{key}` in {what}; it is kept but the service does not read it.', { key, what }), [...path, key], pair.key)
  }
  return extra
}

/** Reads `retry` policies of a task. */
function readRetry(ctx: ReadContext, map: YAMLMap, path: JsonPath): RetryPolicy[] | undefined {
  const node = child(ctx, map, 'retry')
  if (node === undefined) return undefined
  if (!isSeq(node)) {
    ctx.report('field-type', 'error', msg('`retry` must be a list of policies.'), [...path, 'retry'], node)
    return undefined
  }
  return readItems(ctx, node, (item, i): RetryPolicy | null => {
    const p = path.concat('retry', i)
    if (!isMap(item)) {
      ctx.report('field-type', 'error', msg('Retry policy {n} must be a mapping.', { n: i + 1 }), p, item)
      return null
    }
    readExtra(ctx, item, ['errors', 'intervalSeconds', 'maxIntervalSeconds', 'maxAttempts', 'multiplier'], p, msg('a retry policy'))
    return {
      errors: readStringList(ctx, item, 'errors', p) ?? [],
      intervalSeconds: readNumber(ctx, item, 'intervalSeconds', p),
      maxIntervalSeconds: readNumber(ctx, item, 'maxIntervalSeconds', p),
      maxAttempts: readNumber(ctx, item, 'maxAttempts', p),
      multiplier: readNumber(ctx, item, 'multiplier', p),
    }
  })
}

/** Reads `catch` policies of a task. */
function readCatch(ctx: ReadContext, map: YAMLMap, path: JsonPath): CatchPolicy[] | undefined {
  const node = child(ctx, map, 'catch')
  if (node === undefined) return undefined
  if (!isSeq(node)) {
    ctx.report('field-type', 'error', msg('`catch` must be a list of policies.'), [...path, 'catch'], node)
    return undefined
  }
  return readItems(ctx, node, (item, i): CatchPolicy | null => {
    const p = path.concat('catch', i)
    if (!isMap(item)) {
      ctx.report('field-type', 'error', msg('Catch policy {n} must be a mapping.', { n: i + 1 }), p, item)
      return null
    }
    readExtra(ctx, item, ['errors', 'goto'], p, msg('a catch policy'))
    return { errors: readStringList(ctx, item, 'errors', p) ?? [], goto: readString(ctx, item, 'goto', p) }
  })
}

/** Reads a choice step's `choices` and `default`. */
function readChoices(ctx: ReadContext, map: YAMLMap, path: JsonPath) {
  const node = child(ctx, map, 'choices')
  if (node !== undefined && !isSeq(node)) ctx.report('field-type', 'error', msg('`choices` must be a list of branches.'), [...path, 'choices'], node)
  const choices = isSeq(node)
    ? readItems(ctx, node, (item, i): ChoiceBranch | null => {
        const p = path.concat('choices', i)
        if (!isMap(item)) {
          ctx.report('field-type', 'error', msg('Choice {n} must be a mapping with a condition.', { n: i + 1 }), p, item)
          return null
        }
        readExtra(ctx, item, ['condition', 'steps', 'goto'], p, msg('a choice branch'))
        const body = readSequence(ctx, item, 'steps', p)
        return { path: body.path, steps: body.steps, condition: readString(ctx, item, 'condition', p), goto: readString(ctx, item, 'goto', p) }
      })
    : []
  const def = child(ctx, map, 'default')
  let defaultBranch
  if (def !== undefined && !isMap(def)) ctx.report('field-type', 'error', msg('`default` must be a mapping with steps and/or goto.'), [...path, 'default'], def)
  if (isMap(def)) {
    const p = path.concat('default')
    readExtra(ctx, def, ['steps', 'goto'], p, msg('the default branch'))
    const body = readSequence(ctx, def, 'steps', p)
    defaultBranch = { path: body.path, steps: body.steps, goto: readString(ctx, def, 'goto', p) }
  }
  return { choices, default: defaultBranch }
}

/** Reads a parallel step's `branches`. */
function readBranches(ctx: ReadContext, map: YAMLMap, path: JsonPath): Sequence[] {
  const node = child(ctx, map, 'branches')
  if (node === undefined) return []
  if (!isSeq(node)) {
    ctx.report('field-type', 'error', msg('`branches` must be a list of {steps} branches.'), [...path, 'branches'], node)
    return []
  }
  return readItems(ctx, node, (item, i): Sequence | null => {
    const p = path.concat('branches', i)
    if (!isMap(item)) {
      ctx.report('field-type', 'error', msg('Branch {n} must be a mapping with `steps`.', { n: i + 1 }), p, item)
      return null
    }
    readExtra(ctx, item, ['steps'], p, msg('a parallel branch'))
    return readSequence(ctx, item, 'steps', p)
  })
}

/** Reads one step of any type; never throws. Returns undefined only for entries that are not mappings. */
export function readStep(ctx: ReadContext, node: unknown, path: JsonPath): Step | undefined {
  if (!isMap(node)) {
    ctx.report('step-not-mapping', 'error', msg('A step must be a mapping with at least `type` and `name`.'), path, node)
    return undefined
  }
  const declaredType = readString(ctx, node, 'type', path) ?? ''
  // hasOwn: a step typed `constructor` or `__proto__` must not find Object.prototype members here.
  const known = Object.hasOwn(KNOWN_KEYS, declaredType) ? KNOWN_KEYS[declaredType] : undefined
  // Each step is built as one object literal, not spread from a shared base: spreading made every step cost
  // about 4 KB of short-lived memory, a fifth of all a 1,000-step check allocated, and its collection time.
  const name = readString(ctx, node, 'name', path) ?? ''
  const inputMappings = readMappings(ctx, node, 'inputMappings', path)
  const outputMappings = readMappings(ctx, node, 'outputMappings', path)
  // The validator explains why task-only keys do nothing on other steps (`task-only-field`).
  const extra = known ? readExtra(ctx, node, known, path, msg('a {type} step', { type: declaredType }), TASK_ONLY_KEYS) : undefined
  switch (declaredType) {
    case 'task': {
      const arnNode = child(ctx, node, 'resourceArn')
      const resourceTag = isScalar(arnNode) && arnNode.tag && arnNode.tag !== 'tag:yaml.org,2002:str' ? arnNode.tag : undefined
      if (resourceTag) {
        ctx.report('yaml-tag', 'warning', msg('`resourceArn` uses the deploy-time tag {tag}; it is kept as written but cannot be resolved or simulated here.', { tag: resourceTag }), [...path, 'resourceArn'], arnNode)
      }
      return {
        type: 'task', name, path, inputMappings, outputMappings, extra,
        end: readBoolean(ctx, node, 'end', path),
        resourceTag,
        resourceArn: readString(ctx, node, 'resourceArn', path),
        action: readString(ctx, node, 'action', path),
        pattern: readString(ctx, node, 'pattern', path),
        timeoutSeconds: readNumber(ctx, node, 'timeoutSeconds', path),
        serviceParams: readObject(ctx, node, 'serviceParams', path),
        errorMappings: readMappings(ctx, node, 'errorMappings', path),
        retry: readRetry(ctx, node, path),
        catch: readCatch(ctx, node, path),
      }
    }
    case 'pass':
      return { type: 'pass', name, path, inputMappings, outputMappings, extra, end: readBoolean(ctx, node, 'end', path) }
    case 'wait': {
      const d = child(ctx, node, 'duration')
      const duration = isScalar(d) && (typeof d.value === 'number' || typeof d.value === 'string') ? d.value : undefined
      if (d !== undefined && duration === undefined) ctx.report('field-type', 'error', msg('`duration` must be a number of seconds or a `$.path`.'), [...path, 'duration'], d)
      return { type: 'wait', name, path, inputMappings, outputMappings, extra, end: readBoolean(ctx, node, 'end', path), duration, timestamp: readString(ctx, node, 'timestamp', path) }
    }
    case 'choice': {
      const { choices, default: defaultBranch } = readChoices(ctx, node, path)
      return { type: 'choice', name, path, inputMappings, outputMappings, extra, end: readBoolean(ctx, node, 'end', path), choices, default: defaultBranch }
    }
    case 'parallel':
      return { type: 'parallel', name, path, inputMappings, outputMappings, extra, end: readBoolean(ctx, node, 'end', path), branches: readBranches(ctx, node, path) }
    case 'foreach': {
      const im = child(ctx, node, 'iterationMapping')
      const ip = path.concat('iterationMapping')
      if (im !== undefined && !isMap(im)) ctx.report('field-type', 'error', msg('`iterationMapping` must be a mapping with collection, item and index.'), ip, im)
      const iterationMapping = isMap(im)
        ? { collection: readString(ctx, im, 'collection', ip), item: readString(ctx, im, 'item', ip), index: readString(ctx, im, 'index', ip) }
        : {}
      if (isMap(im)) readExtra(ctx, im, ['collection', 'item', 'index'], ip, 'iterationMapping')
      return { type: 'foreach', name, path, inputMappings, outputMappings, extra, end: readBoolean(ctx, node, 'end', path), iterationMapping, body: readSequence(ctx, node, 'steps', path) }
    }
    case 'succeed':
      return { type: 'succeed', name, path, inputMappings, outputMappings, extra }
    case 'fail':
      return { type: 'fail', name, path, inputMappings, outputMappings, extra, error: readString(ctx, node, 'error', path), cause: readString(ctx, node, 'cause', path) }
    default: {
      const typeNode = child(ctx, node, 'type')
      if (declaredType) {
        ctx.report('unknown-step-type', 'warning', msg('Unknown step type `{type}`; it is kept as written, but the service documents only task, pass, wait, choice, parallel, foreach, succeed and fail.', { type: declaredType }), [...path, 'type'], typeNode)
      }
      const body = node.has('steps') ? readSequence(ctx, node, 'steps', path) : undefined
      return { type: 'unknown', name, path, inputMappings, outputMappings, declaredType, body, extra: readExtraSilently(ctx, node) }
    }
  }
}

/** Keeps every key of an unknown step except the common ones, without one warning per key. */
function readExtraSilently(ctx: ReadContext, map: YAMLMap): Record<string, unknown> {
  const all = toPlain(map, ctx.plain) as Record<string, unknown>
  const extra: Record<string, unknown> = {}
  for (const key of Object.keys(all)) {
    if (['type', 'name', 'inputMappings', 'outputMappings', 'steps'].includes(key)) continue
    Object.defineProperty(extra, key, { value: all[key], enumerable: true, writable: true, configurable: true })
  }
  return extra
}
