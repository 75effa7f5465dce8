import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence, Step, TaskStep } from '../../fdl/model/Step.ts'
import { childSequences } from '../../fdl/model/Step.ts'
import { targetOf } from '../engine/integrations.ts'
import type { Scenario } from './Scenario.ts'
import { problemAt } from './readScenario.ts'

// Apart from the option checks (scenarioChecks.ts) on purpose: these read the flow through the engine's
// integrations, and the app's first load reads scenarios without loading the engine.

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
