import type { TaskStep } from '../../fdl/model/TaskStep.ts'
import { parseResourceArn } from '../../fdl/arn/parseResourceArn.ts'
import type { OutcomeEntry } from '../../store/simulation/ScenarioFile.ts'
import { taskStepsOf } from '../../store/simulation/taskStepsOf.ts'
import { withTaskOutcomes } from '../../store/simulation/withTaskOutcomes.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { OutcomeRow } from './OutcomeRow.tsx'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

const NO_OUTCOMES: readonly OutcomeEntry[] = []

/** One outcome in a word or two, as the summary line reads it. */
function outcomeWord(o: OutcomeEntry): string {
  const after = o.after !== undefined ? ` after ${o.after} s` : ''
  if (o.fail !== undefined) return `Fail (${o.fail.error || 'no error'})${after}`
  if (o.timeout === true) return 'No answer'
  return `Succeed${after}`
}

/**
 * What the calls of a task do, in one sentence: the Nth call takes the Nth outcome and the last one repeats
 * (REFERENCE §12.7), which a list of rows alone does not say.
 */
function outcomeSummary(list: readonly OutcomeEntry[]): string {
  if (list.length === 0) return 'Every call succeeds with {} after 1 s.'
  const calls = list.map((o, i) => `call ${i + 1} → ${outcomeWord(o)}`).join('; ')
  const text = `${calls}, then every later call the same.`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A short description of what a task calls, so the list reads like the flow. */
function taskCaption(step: TaskStep): string {
  const pattern = step.pattern ?? 'requestResponse'
  const arn = step.resourceArn ?? step.action ?? ''
  const target = arn.replace(/^acs:mns:[^:]*:[^:]*:\/(queues|topics)\/([^/]+)\/messages$/, 'MNS $1 $2').replace(/^acs:fc:.*functions\//, 'FC ').replace(/^acs:fnf:.*flow\//, 'flow ')
  return `${target || 'no target'} · ${pattern}`
}

/**
 * The scenario's task outcomes: for every task step of the flow, what each call does (the Nth call takes the
 * Nth entry, the last repeats). A task without entries succeeds with `{}` after 1 s.
 */
export function ScenarioEditor() {
  const api = useSimulationApi()
  const flow = useDesigner((s) => s.good.parsed.flow)
  const tasks = useSimulation((s) => s.scenario.tasks)
  const problems = useSimulation((s) => s.scenarioProblems)
  const children = useSimulation((s) => s.childFlows)
  const steps = taskStepsOf(flow)
  const set = (name: string, list: readonly OutcomeEntry[]) => api().setScenario(withTaskOutcomes(api().scenario, name, list))
  return (
    <div className="sim-scenario">
      {steps.length === 0 ? <p className="sim-hint">This flow has no task steps.</p> : null}
      {steps.map((step) => {
        const list = (tasks && Object.prototype.hasOwnProperty.call(tasks, step.name) ? tasks[step.name] : undefined) ?? NO_OUTCOMES
        const target = step.resourceArn ? parseResourceArn(step.resourceArn) : null
        const child = target?.kind === 'flow' && Object.hasOwn(children, target.flow) ? children[target.flow] : undefined
        if (child) {
          return (
            <section key={step.name} className="sim-task" aria-label={`Outcomes of ${step.name}`}>
              <header className="sim-task-head">
                <strong>{step.name}</strong>
                <span className="sim-task-caption">{taskCaption(step)}</span>
              </header>
              <p className="sim-hint">Each call runs the child flow from {child.fileName}; its outcome is that execution's.</p>
            </section>
          )
        }
        return (
          <section key={step.name} className="sim-task" aria-label={`Outcomes of ${step.name}`}>
            <header className="sim-task-head">
              <strong>{step.name}</strong>
              <span className="sim-task-caption">{taskCaption(step)}</span>
            </header>
            <p className="sim-hint sim-outcome-summary">{outcomeSummary(list)}</p>
            {list.map((o, i) => (
              <OutcomeRow
                key={`${step.name}-${i}-${list.length}`}
                label={`${step.name} call ${i + 1}${i === list.length - 1 && list.length > 1 ? ' and later' : ''}`}
                outcome={o}
                onChange={(next) => set(step.name, list.map((x, j) => (j === i ? next : x)))}
                onRemove={() => set(step.name, list.filter((_, j) => j !== i))}
              />
            ))}
            <button type="button" className="sim-link" onClick={() => set(step.name, [...list, { succeed: {} }])}>
              Add outcome for {step.name} call {list.length + 1}
            </button>
          </section>
        )
      })}
      {problems.length > 0 ? (
        <ul className="sim-problems" aria-label="Scenario problems">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      ) : null}
    </div>
  )
}
