import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'
import { checkSimOption } from './checkSimOption.ts'
import { parseTimestamp } from '../util/parseTimestamp.ts'
import { DEFAULT_SCENARIO } from './defaultScenario.ts'
import type { Scenario, TaskOutcome, WorkerConfig } from './Scenario.ts'
import { readTaskOutcome } from './readTaskOutcome.ts'

/** A scenario read from plain data, with one message per problem (`where: what is wrong`). */
export interface ReadScenarioResult {
  readonly scenario: Scenario
  readonly errors: readonly string[]
}

const KEYS = ['input', 'startTime', 'tasks', 'worker', 'flows', 'options', 'seed', 'executionName', 'flowName']
const WORKER_KEYS = ['receiveWaitSeconds', 'visibilityTimeout', 'reportTwice', 'crashBeforeDelete', 'concurrency', 'manual']

/**
 * Reads a scenario (CONTRACTS §3) from already-parsed YAML / JSON data. Never throws: every problem is listed
 * and the rest defaults, so the app's scenario editor can show all of them at once.
 */
export function readScenario(data: unknown): ReadScenarioResult {
  const errors: string[] = []
  if (data == null) return { scenario: DEFAULT_SCENARIO, errors }
  if (!isObject(data)) return { scenario: DEFAULT_SCENARIO, errors: ['scenario: must be a mapping (input, startTime, tasks, worker, flows, options)'] }
  for (const k of Object.keys(data)) if (!KEYS.includes(k)) errors.push(`${k}: unknown key (known: ${KEYS.join(', ')})`)
  const d = DEFAULT_SCENARIO
  const scenario: Scenario = {
    input: data.input,
    startTime: readStart(data.startTime, errors),
    tasks: readTasks(data.tasks, errors),
    worker: readWorker(data.worker, errors),
    flows: readFlows(data.flows, errors),
    options: readOptions(data.options, errors),
    seed: typeof data.seed === 'number' && Number.isFinite(data.seed) ? data.seed : (data.seed === undefined ? d.seed : (errors.push('seed: must be a number'), d.seed)),
    executionName: readName(data.executionName, 'executionName', errors),
    flowName: readName(data.flowName, 'flowName', errors),
  }
  return { scenario, errors }
}

function readStart(v: unknown, errors: string[]): number {
  if (v === undefined) return DEFAULT_SCENARIO.startTime
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime()
  const ms = typeof v === 'string' ? parseTimestamp(v) : null
  if (ms === null) errors.push('startTime: must be an RFC 3339 time such as 2026-01-01T00:00:00Z')
  return ms ?? DEFAULT_SCENARIO.startTime
}

function readTasks(v: unknown, errors: string[]): Record<string, TaskOutcome[]> {
  const out: Record<string, TaskOutcome[]> = {}
  if (v === undefined || v === null) return out
  if (!isObject(v)) {
    errors.push('tasks: must map task step names to lists of outcomes')
    return out
  }
  for (const [name, list] of Object.entries(v)) {
    const entries = Array.isArray(list) ? list : [list]
    const outcomes = entries.flatMap((e, i) => {
      const r = readTaskOutcome(e, `tasks.${name}[${i}]`)
      if (typeof r === 'string') {
        errors.push(r)
        return []
      }
      return [r]
    })
    if (outcomes.length > 0) Object.defineProperty(out, name, { value: outcomes, enumerable: true, writable: true, configurable: true })
  }
  return out
}

function readWorker(v: unknown, errors: string[]): WorkerConfig {
  const d = DEFAULT_SCENARIO.worker
  if (v === undefined || v === null) return d
  if (!isObject(v)) {
    errors.push('worker: must be a mapping')
    return d
  }
  for (const k of Object.keys(v)) if (!WORKER_KEYS.includes(k)) errors.push(`worker.${k}: unknown key (known: ${WORKER_KEYS.join(', ')})`)
  const num = (k: 'receiveWaitSeconds' | 'visibilityTimeout' | 'concurrency', min: number, max: number): number => {
    const x = v[k]
    if (x === undefined) return d[k]
    if (typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max) return x
    errors.push(`worker.${k}: must be a number from ${min} to ${max}`)
    return d[k]
  }
  const bool = (k: 'reportTwice' | 'crashBeforeDelete'): boolean => {
    const x = v[k]
    if (x === undefined) return d[k]
    if (typeof x === 'boolean') return x
    errors.push(`worker.${k}: must be true or false`)
    return d[k]
  }
  const m = v.manual
  const manual = m === undefined ? d.manual : typeof m === 'boolean' ? m : Array.isArray(m) && m.every((q) => typeof q === 'string') ? (m as string[]) : (errors.push('worker.manual: must be true, false or a list of queue names'), d.manual)
  return {
    receiveWaitSeconds: num('receiveWaitSeconds', 0, 30),
    visibilityTimeout: num('visibilityTimeout', 1, 43_200),
    reportTwice: bool('reportTwice'),
    crashBeforeDelete: bool('crashBeforeDelete'),
    concurrency: Math.floor(num('concurrency', 1, 10_000)),
    manual,
  }
}

function readFlows(v: unknown, errors: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  if (v === undefined || v === null) return out
  if (!isObject(v)) {
    errors.push('flows: must map child flow names to file paths')
    return out
  }
  for (const [name, path] of Object.entries(v)) {
    if (typeof path === 'string' && path.length > 0) Object.defineProperty(out, name, { value: path, enumerable: true, writable: true, configurable: true })
    else errors.push(`flows.${name}: must be a file path`)
  }
  return out
}

function readOptions(v: unknown, errors: string[]): Partial<SimOptions> {
  const out: Record<string, unknown> = {}
  if (v === undefined || v === null) return out
  if (!isObject(v)) {
    errors.push('options: must be a mapping of simulator options')
    return out
  }
  for (const [k, x] of Object.entries(v)) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_SIM_OPTIONS, k)) {
      errors.push(`options.${k}: unknown option`)
      continue
    }
    const problem = checkSimOption(k as keyof SimOptions, x)
    if (problem) errors.push(`options.${k}: ${problem}`)
    else out[k] = x
  }
  return out as Partial<SimOptions>
}

function readName(v: unknown, key: string, errors: string[]): string | undefined {
  if (v === undefined) return undefined
  if (typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/.test(v)) return v
  errors.push(`${key}: must be 1-128 letters, digits, _ or -, starting with a letter or _`)
  return undefined
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}
