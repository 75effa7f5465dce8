import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { SIM_OPTION_INFO, type OptionRange, DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence, Step, TaskStep } from '../../fdl/model/Step.ts'
import { childSequences } from '../../fdl/model/Step.ts'
import { targetOf } from '../engine/integrations.ts'
import { problemAt } from './readScenario.ts'
import type { Scenario } from './Scenario.ts'

/**
 * Why `x` is not an acceptable value of option `k`, or '' when it is. `readScenario` checks scenario files with
 * it and the options panel checks what is typed, so both refuse the same values with the same words.
 */
export function checkSimOption(k: keyof SimOptions, x: unknown): string {
  const problem = checkSimOptionText(k, x)
  return problem ? formatMessage(problem) : ''
}

/** {@link checkSimOption} as a message, for the app to say in the person's language; null when `x` is acceptable. */
export function checkSimOptionText(k: keyof SimOptions, x: unknown): Message | null {
  const info = SIM_OPTION_INFO[k]
  if (info.choices) return typeof x === 'string' && info.choices.includes(x) ? null : msg('must be one of {choices}', { choices: info.choices.join(', ') })
  const def = DEFAULT_SIM_OPTIONS[k]
  if (info.range) {
    const nullable = def === null
    if (nullable && x === null) return null
    if (typeof x === 'number' && inRange(x, info.range)) return null
    const range = describeRange(info.range)
    if (!nullable) return msg('must be {range}', { range })
    // A comma before "or null" where the range already has an "and" in it.
    return info.range.above && info.range.max !== undefined ? msg('must be {range}, or null', { range }) : msg('must be {range} or null', { range })
  }
  if (typeof def === 'boolean') return typeof x === 'boolean' ? null : msg('must be true or false')
  return typeof x === 'string' ? null : msg('must be a string')
}

function inRange(x: number, r: OptionRange): boolean {
  if (!Number.isFinite(x) || (r.integer && !Number.isInteger(x))) return false
  if (r.above ? x <= r.min : x < r.min) return false
  return r.max === undefined || x <= r.max
}

/** The values a range takes, in words; each form is written out so that a language can order its words freely. */
export function describeRange(r: OptionRange): Message {
  const { min, max } = r
  if (max !== undefined) {
    if (r.above) return r.integer ? msg('a whole number greater than {min} and at most {max}', { min, max }) : msg('a number greater than {min} and at most {max}', { min, max })
    return r.integer ? msg('a whole number from {min} to {max}', { min, max }) : msg('a number from {min} to {max}', { min, max })
  }
  if (r.above) return r.integer ? msg('a whole number greater than {min}', { min }) : msg('a number greater than {min}', { min })
  return r.integer ? msg('a whole number of at least {min}', { min }) : msg('a number of at least {min}', { min })
}

/** Every task step of the flows, by name (a scenario's `tasks` apply by step name in any execution). */
function tasksByName(flows: readonly Flow[]): Map<string, TaskStep[]> {
  const byName = new Map<string, TaskStep[]>()
  const walk = (sequence: Sequence) => {
    for (const step of sequence.steps as readonly Step[]) {
      if (step.type === 'task') byName.set(step.name, [...(byName.get(step.name) ?? []), step])
      for (const child of childSequences(step)) walk(child)
    }
  }
  for (const flow of flows) walk(flow.body)
  return byName
}

/**
 * What in a scenario the engine cannot apply to this flow, one line each, so it is said and never silently
 * ignored (issue 15 item 4): outcomes for a step the flows do not have, and on a plain MNS send or publish
 * (requestResponse), a `timeout` (a send does not hang), a `succeed` value (the result is the send's
 * MessageId) and `after` (a send answers at once). `fail` there does apply: the send fails.
 */
export function scenarioWarnings(flow: Flow, scenario: Scenario, childFlows: readonly Flow[] = []): string[] {
  return scenarioWarningTexts(flow, scenario, childFlows).map((w) => formatMessage(w))
}

/** {@link scenarioWarnings} as messages, for the app to say in the person's language. */
export function scenarioWarningTexts(flow: Flow, scenario: Scenario, childFlows: readonly Flow[] = []): Message[] {
  const tasks = tasksByName([flow, ...childFlows])
  const warnings: Message[] = []
  for (const [name, outcomes] of Object.entries(scenario.tasks)) {
    const steps = tasks.get(name)
    if (!steps) {
      warnings.push(problemAt(`tasks.${name}`, msg('the flow has no task step named {name}; these outcomes are not used.', { name })))
      continue
    }
    const sends = steps.every((s) => (s.pattern ?? 'requestResponse') === 'requestResponse' && targetOf(s).kind.startsWith('mns-'))
    if (!sends) continue
    outcomes.forEach((o, i) => {
      const at = `tasks.${name}[${i}]`
      if (o.kind === 'timeout') warnings.push(problemAt(at, msg('timeout cannot apply to {name}, a send to MNS that answers at once; use fail to make the send fail.', { name })))
      if (o.kind === 'succeed' && o.output !== undefined && o.output !== null && !(typeof o.output === 'object' && Object.keys(o.output).length === 0)) {
        warnings.push(problemAt(at, msg("the succeed value is not used: {name} is a send to MNS, whose result is the message's id.", { name })))
      }
      if (o.after !== undefined) warnings.push(problemAt(at, msg('after is not used: {name} is a send to MNS, which answers at once.', { name })))
    })
  }
  return warnings
}
