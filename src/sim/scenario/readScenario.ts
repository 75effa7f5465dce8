import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'
import { checkSimOptionText } from './scenarioChecks.ts'
import { parseTimestamp } from '../util/time.ts'
import { DEFAULT_SCENARIO } from './Scenario.ts'
import type { Scenario, TaskOutcome, WorkerConfig } from './Scenario.ts'

/** A scenario read from plain data, with one message per problem (`where: what is wrong`). */
export interface ReadScenarioResult {
  readonly scenario: Scenario
  /** The problems in English (the CLI, `fdl serve`, tests). */
  readonly errors: readonly string[]
  /** The same problems in the same order, for the app to say in the person's language. */
  readonly texts: readonly Message[]
}

const KEYS = ['input', 'startTime', 'tasks', 'worker', 'flows', 'options', 'seed', 'executionName', 'flowName']
const WORKER_KEYS = ['receiveWaitSeconds', 'visibilityTimeout', 'reportTwice', 'crashBeforeDelete', 'concurrency', 'manual']

/**
 * Reads a scenario (CONTRACTS §3) from already-parsed YAML / JSON data. Never throws: every problem is listed
 * and the rest defaults, so the app's scenario editor can show all of them at once.
 */
export function readScenario(data: unknown): ReadScenarioResult {
  const problems: Message[] = []
  if (data == null) return result(DEFAULT_SCENARIO, problems)
  if (!isObject(data)) return result(DEFAULT_SCENARIO, [problemAt('scenario', msg('must be a mapping (input, startTime, tasks, worker, flows, options)'))])
  for (const k of Object.keys(data)) if (!KEYS.includes(k)) problems.push(unknownKey(k, KEYS))
  const d = DEFAULT_SCENARIO
  const scenario: Scenario = {
    input: data.input,
    startTime: readStart(data.startTime, problems),
    tasks: readTasks(data.tasks, problems),
    worker: readWorker(data.worker, problems),
    flows: readFlows(data.flows, problems),
    options: readOptions(data.options, problems),
    seed: typeof data.seed === 'number' && Number.isFinite(data.seed) ? data.seed : (data.seed === undefined ? d.seed : (problems.push(problemAt('seed', msg('must be a number'))), d.seed)),
    executionName: readName(data.executionName, 'executionName', problems),
    flowName: readName(data.flowName, 'flowName', problems),
  }
  return result(scenario, problems)
}

function result(scenario: Scenario, texts: readonly Message[]): ReadScenarioResult {
  return { scenario, errors: texts.map((t) => formatMessage(t)), texts }
}

function unknownKey(where: string, known: readonly string[]): Message {
  return problemAt(where, msg('unknown key (known: {keys})', { keys: known.join(', ') }))
}

function readStart(v: unknown, problems: Message[]): number {
  if (v === undefined) return DEFAULT_SCENARIO.startTime
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime()
  const ms = typeof v === 'string' ? parseTimestamp(v) : null
  if (ms === null) problems.push(problemAt('startTime', msg('must be an RFC 3339 time such as 2026-01-01T00:00:00Z')))
  return ms ?? DEFAULT_SCENARIO.startTime
}

function readTasks(v: unknown, problems: Message[]): Record<string, TaskOutcome[]> {
  const out: Record<string, TaskOutcome[]> = {}
  if (v === undefined || v === null) return out
  if (!isObject(v)) {
    problems.push(problemAt('tasks', msg('must map task step names to lists of outcomes')))
    return out
  }
  for (const [name, list] of Object.entries(v)) {
    const entries = Array.isArray(list) ? list : [list]
    const outcomes = entries.flatMap((e, i) => {
      const r = readTaskOutcome(e, `tasks.${name}[${i}]`)
      if ('kind' in r) return [r]
      problems.push(r)
      return []
    })
    if (outcomes.length > 0) Object.defineProperty(out, name, { value: outcomes, enumerable: true, writable: true, configurable: true })
  }
  return out
}

function readWorker(v: unknown, problems: Message[]): WorkerConfig {
  const d = DEFAULT_SCENARIO.worker
  if (v === undefined || v === null) return d
  if (!isObject(v)) {
    problems.push(problemAt('worker', msg('must be a mapping')))
    return d
  }
  for (const k of Object.keys(v)) if (!WORKER_KEYS.includes(k)) problems.push(unknownKey(`worker.${k}`, WORKER_KEYS))
  const num = (k: 'receiveWaitSeconds' | 'visibilityTimeout' | 'concurrency', min: number, max: number): number => {
    const x = v[k]
    if (x === undefined) return d[k]
    if (typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max) return x
    problems.push(problemAt(`worker.${k}`, msg('must be {range}', { range: msg('a number from {min} to {max}', { min, max }) })))
    return d[k]
  }
  const bool = (k: 'reportTwice' | 'crashBeforeDelete'): boolean => {
    const x = v[k]
    if (x === undefined) return d[k]
    if (typeof x === 'boolean') return x
    problems.push(problemAt(`worker.${k}`, msg('must be true or false')))
    return d[k]
  }
  const m = v.manual
  const manual = m === undefined ? d.manual : typeof m === 'boolean' ? m : Array.isArray(m) && m.every((q) => typeof q === 'string') ? (m as string[]) : (problems.push(problemAt('worker.manual', msg('must be true, false or a list of queue names'))), d.manual)
  return {
    receiveWaitSeconds: num('receiveWaitSeconds', 0, 30),
    visibilityTimeout: num('visibilityTimeout', 1, 43_200),
    reportTwice: bool('reportTwice'),
    crashBeforeDelete: bool('crashBeforeDelete'),
    concurrency: Math.floor(num('concurrency', 1, 10_000)),
    manual,
  }
}

function readFlows(v: unknown, problems: Message[]): Record<string, string> {
  const out: Record<string, string> = {}
  if (v === undefined || v === null) return out
  if (!isObject(v)) {
    problems.push(problemAt('flows', msg('must map child flow names to file paths')))
    return out
  }
  for (const [name, path] of Object.entries(v)) {
    if (typeof path === 'string' && path.length > 0) Object.defineProperty(out, name, { value: path, enumerable: true, writable: true, configurable: true })
    else problems.push(problemAt(`flows.${name}`, msg('must be a file path')))
  }
  return out
}

function readOptions(v: unknown, problems: Message[]): Partial<SimOptions> {
  const out: Record<string, unknown> = {}
  if (v === undefined || v === null) return out
  if (!isObject(v)) {
    problems.push(problemAt('options', msg('must be a mapping of simulator options')))
    return out
  }
  for (const [k, x] of Object.entries(v)) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_SIM_OPTIONS, k)) {
      problems.push(problemAt(`options.${k}`, msg('unknown option')))
      continue
    }
    const problem = checkSimOptionText(k as keyof SimOptions, x)
    if (problem) problems.push(problemAt(`options.${k}`, problem))
    else out[k] = x
  }
  return out as Partial<SimOptions>
}

function readName(v: unknown, key: string, problems: Message[]): string | undefined {
  if (v === undefined) return undefined
  if (typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/.test(v)) return v
  problems.push(problemAt(key, msg('must be 1-128 letters, digits, _ or -, starting with a letter or _')))
  return undefined
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/**
 * Reads one scenario outcome entry: `{succeed: value}`, `{fail: {error, cause}}` or `{timeout: true}`, each
 * with an optional `after` (seconds; absent means the default duration). Returns the problem (prefixed by
 * `where`) instead of throwing.
 */
export function readTaskOutcome(entry: unknown, where: string): TaskOutcome | Message {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return problemAt(where, msg('must be {succeed: …}, {fail: {error, cause}} or {timeout: true}'))
  const e = entry as Record<string, unknown>
  const kinds = ['succeed', 'fail', 'timeout'].filter((k) => k in e)
  if (kinds.length !== 1) return problemAt(where, msg('give exactly one of succeed, fail or timeout'))
  for (const k of Object.keys(e)) if (!['succeed', 'fail', 'timeout', 'after'].includes(k)) return problemAt(`${where}.${k}`, msg('unknown key (known: {keys})', { keys: 'succeed, fail, timeout, after' }))
  const after = e.after as number | undefined
  if (after !== undefined && (typeof after !== 'number' || !Number.isFinite(after) || after < 0)) return problemAt(`${where}.after`, msg('must be a non-negative number of seconds'))
  if (kinds[0] === 'succeed') return { kind: 'succeed', output: e.succeed ?? {}, after }
  if (kinds[0] === 'timeout') {
    if (e.timeout !== true) return problemAt(`${where}.timeout`, msg('must be true'))
    return { kind: 'timeout', after }
  }
  const f = e.fail
  if (typeof f === 'string') return { kind: 'fail', error: f, cause: '', after }
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return problemAt(`${where}.fail`, msg('must be {error, cause}'))
  const { error, cause } = f as Record<string, unknown>
  if (typeof error !== 'string' || error.length === 0) return problemAt(`${where}.fail.error`, msg('must be a non-empty error name'))
  if (cause !== undefined && typeof cause !== 'string') return problemAt(`${where}.fail.cause`, msg('must be text'))
  return { kind: 'fail', error, cause: cause ?? '', after }
}

/** A scenario problem as `where: what is wrong` (`tasks.A[0].after: must be …`); the place is the file's own keys. */
export function problemAt(where: string, problem: Message): Message {
  return msg('{where}: {problem}', { where, problem })
}
