import type { TaskStep } from '../../fdl/model/Step.ts'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import { msg, type Message } from '../../i18n/Message.ts'
import type { OutcomeEntry } from '../../store/simulation/ScenarioFile.ts'
import { taskStepsOf } from '../../store/simulation/taskStepsOf.ts'
import { withTaskOutcomes } from '../../store/simulation/withTaskOutcomes.ts'
import { untranslated } from '../../store/simulation/untranslated.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { OutcomeRow } from './OutcomeRow.tsx'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

const NO_OUTCOMES: readonly OutcomeEntry[] = []

/** One outcome in a word or two, as the summary line reads it. */
function outcomeWord(o: OutcomeEntry): Message {
  const after = o.after
  if (o.fail !== undefined) {
    const error = o.fail.error
    if (after === undefined) return error ? msg('Fail ({error})', { error }) : msg('Fail (no error)')
    return error ? msg('Fail ({error}) after {after} s', { error, after }) : msg('Fail (no error) after {after} s', { after })
  }
  if (o.timeout === true) return msg('No answer')
  return after === undefined ? msg('Succeed') : msg('Succeed after {after} s', { after })
}

/**
 * What the calls of a task do, in one sentence: the Nth call takes the Nth outcome and the last one repeats
 * (REFERENCE §12.7), which a list of rows alone does not say.
 */
function outcomeSummary(list: readonly OutcomeEntry[], t: Translate): string {
  if (list.length === 0) return t('Every call succeeds with {} after 1 s.')
  // The first call opens the sentence, so it is the one written with a capital.
  const calls = list.map((o, i) => (i === 0 ? t('Call {n} → {outcome}', { n: 1, outcome: outcomeWord(o) }) : t('call {n} → {outcome}', { n: i + 1, outcome: outcomeWord(o) }))).join(t('; '))
  return t('{calls}, then every later call the same.', { calls })
}

/** What a task calls, in a few words, so the list reads like the flow. */
function taskTarget(step: TaskStep): Message {
  const arn = step.resourceArn ?? step.action ?? ''
  const mns = /^acs:mns:[^:]*:[^:]*:\/(queues|topics)\/([^/]+)\/messages$/.exec(arn)
  if (mns) return mns[1] === 'queues' ? msg('MNS queues {name}', { name: mns[2]! }) : msg('MNS topics {name}', { name: mns[2]! })
  if (/^acs:fc:.*functions\//.test(arn)) return msg('FC {name}', { name: arn.replace(/^acs:fc:.*functions\//, '') })
  if (/^acs:fnf:.*flow\//.test(arn)) return msg('flow {name}', { name: arn.replace(/^acs:fnf:.*flow\//, '') })
  return arn ? untranslated(arn) : msg('no target')
}

/** A short description of what a task calls and how (its FDL pattern), under its name. */
function TaskCaption({ step }: { step: TaskStep }) {
  const t = useT()
  return <span className="sim-task-caption">{t.message(taskTarget(step))} · {step.pattern ?? 'requestResponse'}</span>
}

/**
 * The scenario's task outcomes: for every task step of the flow, what each call does (the Nth call takes the
 * Nth entry, the last repeats). A task without entries succeeds with `{}` after 1 s.
 */
export function ScenarioEditor() {
  const api = useSimulationApi()
  const t = useT()
  const flow = useDesigner((s) => s.good.parsed.flow)
  const tasks = useSimulation((s) => s.scenario.tasks)
  const problems = useSimulation((s) => s.scenarioProblemTexts)
  const children = useSimulation((s) => s.childFlows)
  const steps = taskStepsOf(flow)
  const set = (name: string, list: readonly OutcomeEntry[]) => api().setScenario(withTaskOutcomes(api().scenario, name, list))
  return (
    <div className="sim-scenario">
      {steps.length === 0 ? <p className="sim-hint">{t('This flow has no task steps.')}</p> : null}
      {steps.map((step) => {
        const list = (tasks && Object.prototype.hasOwnProperty.call(tasks, step.name) ? tasks[step.name] : undefined) ?? NO_OUTCOMES
        const target = step.resourceArn ? parseResourceArn(step.resourceArn) : null
        const child = target?.kind === 'flow' && Object.hasOwn(children, target.flow) ? children[target.flow] : undefined
        if (child) {
          return (
            <section key={step.name} className="sim-task" aria-label={t('Outcomes of {step}', { step: step.name })}>
              <header className="sim-task-head">
                <strong data-user-text>{step.name}</strong>
                <TaskCaption step={step} />
              </header>
              <p className="sim-hint">{t("Each call runs the child flow from {file}; its outcome is that execution's.", { file: child.fileName })}</p>
            </section>
          )
        }
        return (
          <section key={step.name} className="sim-task" aria-label={t('Outcomes of {step}', { step: step.name })}>
            <header className="sim-task-head">
              <strong data-user-text>{step.name}</strong>
              <TaskCaption step={step} />
            </header>
            <p className="sim-hint sim-outcome-summary">{outcomeSummary(list, t)}</p>
            {list.map((o, i) => (
              <OutcomeRow
                key={`${step.name}-${i}-${list.length}`}
                label={i === list.length - 1 && list.length > 1 ? t('{step} call {n} and later', { step: step.name, n: i + 1 }) : t('{step} call {n}', { step: step.name, n: i + 1 })}
                outcome={o}
                onChange={(next) => set(step.name, list.map((x, j) => (j === i ? next : x)))}
                onRemove={() => set(step.name, list.filter((_, j) => j !== i))}
              />
            ))}
            <button type="button" className="sim-link" onClick={() => set(step.name, [...list, { succeed: {} }])}>
              {t('Add outcome for {step} call {n}', { step: step.name, n: list.length + 1 })}
            </button>
          </section>
        )
      })}
      {problems.length > 0 ? (
        <ul className="sim-problems" aria-label={t('Scenario problems')}>
          {problems.map((p, i) => <li key={i}>{t.message(p)}</li>)}
        </ul>
      ) : null}
    </div>
  )
}
