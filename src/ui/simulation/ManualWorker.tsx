import { useState } from 'react'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import type { UiText } from '../../i18n/UiText.ts'
import type { ManualAnswer } from '../../store/simulation/SimHost.ts'
import type { TraceToken } from '../../store/simulation/SimTrace.ts'
import { taskStepsOf } from '../../store/simulation/taskStepsOf.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { formatVirtual } from './formatVirtual.ts'
import { HeldMessageCard } from './HeldMessageCard.tsx'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'
import { withParts } from './withParts.tsx'

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
