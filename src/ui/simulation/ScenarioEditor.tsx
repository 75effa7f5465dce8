import type { TaskStep } from '../../fdl/model/Step.ts'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import { msg, type Message } from '../../i18n/Message.ts'
import type { OutcomeEntry } from '../../store/simulation/ScenarioFile.ts'
import { taskStepsOf, withTaskOutcomes } from '../../store/simulation/scenarioEditing.ts'
import { untranslated } from '../../store/simulation/TraceIndex.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { useSimulation, useSimulationApi } from './useSimulation.ts'
import { useId, useState } from 'react'

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

type Kind = 'succeed' | 'fail' | 'timeout'

const kindOf = (o: OutcomeEntry): Kind => (o.fail !== undefined ? 'fail' : o.timeout === true ? 'timeout' : 'succeed')

/** Props of {@link OutcomeRow}. */
export interface OutcomeRowProps {
  /** The call it answers, already in the person's language. */
  readonly label: string
  readonly outcome: OutcomeEntry
  readonly onChange: (outcome: OutcomeEntry) => void
  readonly onRemove: () => void
}

/**
 * One call's outcome in the scenario: succeed with an Output (JSON, kept as typed until it parses), fail with
 * error and cause, or no answer at all; and how many virtual seconds the function or worker takes.
 */
export function OutcomeRow({ label, outcome, onChange, onRemove }: OutcomeRowProps) {
  const id = useId()
  const t = useT()
  const kind = kindOf(outcome)
  const [draft, setDraft] = useState(() => JSON.stringify(outcome.succeed ?? {}))
  const [draftError, setDraftError] = useState(false)
  const after = outcome.after
  const withAfter = (o: OutcomeEntry): OutcomeEntry => (after === undefined ? o : { ...o, after })
  const setKind = (k: Kind) => {
    if (k === 'succeed') onChange(withAfter({ succeed: safeParse(draft) ?? {} }))
    else if (k === 'fail') onChange(withAfter({ fail: { error: 'WorkerError', cause: '' } }))
    else onChange(withAfter({ timeout: true }))
  }
  const setOutput = (text: string) => {
    setDraft(text)
    const value = safeParse(text)
    setDraftError(value === undefined)
    if (value !== undefined) onChange({ ...outcome, succeed: value })
  }
  const setAfter = (text: string) => {
    const { after: _a, ...rest } = outcome
    const n = Number(text)
    onChange(text.trim() === '' || !Number.isFinite(n) || n < 0 ? rest : { ...rest, after: n })
  }
  return (
    <div className="sim-outcome" role="group" aria-label={label}>
      <div className="sim-outcome-head">
        <span className="sim-outcome-title">{label}</span>
        <select aria-label={t('Outcome')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="succeed">{t('Succeed')}</option>
          <option value="fail">{t('Fail')}</option>
          <option value="timeout">{t('No answer')}</option>
        </select>
        <label className="sim-after">
          <span>{t('after')}</span>
          <input aria-label={t('After (seconds)')} type="number" min={0} step="any" placeholder="1" value={after ?? ''} onChange={(e) => setAfter(e.target.value)} />
          <span>s</span>
        </label>
        <button type="button" className="sim-link" onClick={onRemove}>{t('Remove')}</button>
      </div>
      {kind === 'succeed' ? (
        <>
          <label htmlFor={`${id}-out`} className="sim-label">{t('Output')}</label>
          <textarea id={`${id}-out`} className="sim-input sim-mono" rows={2} spellCheck={false} value={draft} aria-invalid={draftError ? true : undefined} onChange={(e) => setOutput(e.target.value)} />
          {draftError ? <p className="sim-msg sim-error">{t('Not valid JSON yet: the last valid Output is used.')}</p> : null}
        </>
      ) : kind === 'fail' ? (
        <div className="sim-fail-fields">
          <label className="sim-label">
            {t('Error')}
            <input className="sim-input" value={outcome.fail?.error ?? ''} onChange={(e) => onChange({ ...outcome, fail: { ...outcome.fail, error: e.target.value } })} />
          </label>
          <label className="sim-label">
            {t('Cause')}
            <input className="sim-input" value={outcome.fail?.cause ?? ''} onChange={(e) => onChange({ ...outcome, fail: { error: outcome.fail?.error ?? '', cause: e.target.value } })} />
          </label>
        </div>
      ) : (
        <p className="sim-hint">{t('Never answers: a waitForCallback task waits until its timeoutSeconds.')}</p>
      )}
    </div>
  )
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The execution input as JSON; what does not parse stays as typed, with the reason underneath. */
export function InputEditor() {
  const id = useId()
  const api = useSimulationApi()
  const t = useT()
  const text = useSimulation((s) => s.inputText)
  const error = useSimulation((s) => s.inputErrorText)
  return (
    <div className="sim-field">
      <label htmlFor={id} className="sim-label">{t('Execution input')}</label>
      <textarea
        id={id}
        className="sim-input sim-mono"
        value={text}
        rows={Math.min(8, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => api().setInputText(e.target.value)}
      />
      <p id={`${id}-msg`} className={error ? 'sim-msg sim-error' : 'sim-hint'}>
        {error ? t.message(error) : t('A JSON object: what StartExecution would pass as Input.')}
      </p>
    </div>
  )
}
