import { useState, Fragment, type ReactNode } from 'react'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import type { UiText } from '../../i18n/UiText.ts'
import type { ManualAnswer } from '../../store/simulation/SimHost.ts'
import type { TraceToken } from '../../store/simulation/SimTrace.ts'
import { taskStepsOf } from '../../store/simulation/scenarioEditing.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { formatVirtual } from './timeScale.ts'
import { HeldMessageCard } from './MessageQueue.tsx'
import { useSimulation, useSimulationApi } from './useSimulation.ts'
import type { WorkerEntry } from '../../store/simulation/ScenarioFile.ts'

/** The answer of a call in a line: `ReportTaskSucceeded → TaskAlreadyCompleted (…)` (API names and codes as the service says them). */
function answerLine(a: ManualAnswer, t: Translate): string {
  const what = a.request.kind === 'ReceiveMessage' ? `ReceiveMessage ${a.request.queue}` : a.request.kind
  if (a.ok) return a.received ? t('{call} → OK (message {id}…)', { call: what, id: a.received.messageId.slice(0, 8) }) : `${what} → OK`
  return `${what} → ${a.code}${a.message ? `: ${a.message}` : ''}`
}

/** What a task token is doing, in words. */
const TOKEN_WORDS: Record<TraceToken['status'], UiText> = { waiting: 'waiting', completed: 'completed', closed: 'closed' }

/**
 * The manual worker: receive a message from a queue, read it, report success (with your own Output) or
 * failure, delete it, or report twice to see `TaskAlreadyCompleted`; with the service's answers and which
 * tasks wait for which token.
 */
export function ManualWorker() {
  const api = useSimulationApi()
  const t = useT()
  const manual = useSimulation((s) => s.scenario.worker?.manual === true)
  const phase = useSimulation((s) => s.phase)
  const held = useSimulation((s) => s.held)
  const answers = useSimulation((s) => s.answers)
  const busy = useSimulation((s) => s.busy)
  const trace = useSimulation((s) => s.trace)
  useSimulation((s) => s.traceVersion)
  const flow = useDesigner((s) => s.good.parsed.flow)
  const queues = [...new Set(taskStepsOf(flow).flatMap((s) => {
    const i = parseResourceArn(s.resourceArn ?? '')
    return i?.kind === 'mns-queue' ? [i.queue] : []
  }))]
  const [queue, setQueue] = useState('')
  const chosen = queues.includes(queue) ? queue : (queues[0] ?? '')
  if (!manual) {
    return (
      <div className="sim-manual">
        <p className="sim-hint">
          {t('A simulated worker answers every message as the scenario says.')}{' '}
          {withParts(t('Choose {mode} above to receive messages and report yourself.'), { mode: <strong>{t('Manual worker')}</strong> })}
        </p>
        <button type="button" className="sim-button" onClick={() => api().setManual(true)}>{t('Play the worker myself')}</button>
      </div>
    )
  }
  const tokens = trace ? [...trace.tokens.values()] : []
  const start = trace?.startTime ?? 0
  return (
    <div className="sim-manual">
      <div className="sim-receive">
        {queues.length > 1 ? (
          <select aria-label={t('Queue')} value={chosen} onChange={(e) => setQueue(e.target.value)}>
            {queues.map((q) => <option key={q} data-user-text>{q}</option>)}
          </select>
        ) : chosen ? <span className="sim-mono">{chosen}</span> : <span className="sim-mono">{t('no queue in this flow')}</span>}
        <button type="button" className="sim-button primary" disabled={busy || phase !== 'active' || !chosen} onClick={() => api().callManual({ kind: 'ReceiveMessage', queue: chosen })}>
          {t('Receive message')}
        </button>
        {phase !== 'active' ? <span className="sim-hint">{t('Press Run first.')}</span> : busy ? <span className="sim-hint">{t('Waiting for the service…')}</span> : null}
      </div>
      {held.map((h) => <HeldMessageCard key={h.receiptHandle} held={h} />)}
      <section aria-label={t('Task tokens')} className="sim-tokens">
        <h4>{t('Which task waits for which token')}</h4>
        {tokens.length === 0 ? <p className="sim-hint">{t('No task token issued yet.')}</p> : null}
        <ul>
          {tokens.slice(-50).map((k) => (
            <li key={k.token} className={`tok-${k.status}`}>
              <strong data-user-text>{k.stepName}</strong> <span className="sim-mono" title={k.token}>{k.token.slice(0, 14)}…</span>{' '}
              <span>{t(TOKEN_WORDS[k.status])}</span>{' '}
              <span className="sim-hint">{t('since {time}', { time: formatVirtual(k.since, start) })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('Service answers')} className="sim-answers">
        <h4>{t('Service answers')}</h4>
        <ol role="log">
          {answers.slice(-20).map((a, i) => (
            <li key={i} className={a.ok ? 'ok' : 'err'}>
              <span className="sim-hint">{formatVirtual(a.time, start)}</span> {answerLine(a, t)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

type NumberKey = 'receiveWaitSeconds' | 'visibilityTimeout' | 'concurrency'
type FlagKey = 'reportTwice' | 'crashBeforeDelete'

const NUMBERS: readonly { readonly key: NumberKey; readonly label: UiText; readonly placeholder: number; readonly min: number; readonly max: number }[] = [
  { key: 'receiveWaitSeconds', label: 'Long-poll wait (seconds)', placeholder: 10, min: 0, max: 30 },
  { key: 'visibilityTimeout', label: 'Visibility timeout (seconds)', placeholder: 30, min: 1, max: 43200 },
  { key: 'concurrency', label: 'Messages at once', placeholder: 1, min: 1, max: 10000 },
]

const FLAGS: readonly { readonly key: FlagKey; readonly label: UiText; readonly hint: UiText }[] = [
  { key: 'reportTwice', label: 'Report twice', hint: 'shows TaskAlreadyCompleted' },
  { key: 'crashBeforeDelete', label: 'Crash before delete', hint: 'the message comes back after the visibility timeout' },
]

/** The simulated worker's settings (scenario `worker:`); empty fields keep the documented defaults. */
export function WorkerSettings() {
  const api = useSimulationApi()
  const t = useT()
  const worker = useSimulation((s) => s.scenario.worker) ?? {}
  const patch = (p: Partial<Record<keyof WorkerEntry, unknown>>) => {
    const next: Record<string, unknown> = { ...api().scenario.worker, ...p }
    for (const k of Object.keys(next)) if (next[k] === undefined || next[k] === false) delete next[k]
    const { worker: _w, ...rest } = api().scenario
    api().setScenario(Object.keys(next).length === 0 ? rest : { ...rest, worker: next as WorkerEntry })
  }
  return (
    <div className="sim-worker-settings">
      {NUMBERS.map((n) => (
        <label key={n.key} className="sim-row-field">
          <span>{t(n.label)}</span>
          <input
            type="number"
            className="sim-input sim-number"
            min={n.min}
            max={n.max}
            placeholder={String(n.placeholder)}
            value={worker[n.key] ?? ''}
            onChange={(e) => patch({ [n.key]: e.target.value === '' ? undefined : Number(e.target.value) })}
          />
        </label>
      ))}
      {FLAGS.map((f) => (
        <label key={f.key} className="sim-check">
          <input type="checkbox" checked={worker[f.key] === true} onChange={(e) => patch({ [f.key]: e.target.checked })} />
          <span>{t(f.label)}</span>
          <span className="sim-hint">{t(f.hint)}</span>
        </label>
      ))}
    </div>
  )
}

/**
 * A translated sentence with elements in it (`Choose {mode} above…`, the mode in bold): the text comes from `t`
 * without values, so its `{name}` places are still there, and each place gets its element. A sentence is never
 * cut into pieces for translation: word order differs between languages.
 */
export function withParts(text: string, parts: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment>))
}
