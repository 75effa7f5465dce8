import { msg, type Message } from '../../i18n/Message.ts'
import type { CallbackActor } from '../../sim/trace/Trace.ts'
import type { SimTrace, TraceMessage } from './SimTrace.ts'

/** A vertical line of the sequence view: an execution of the flow, a queue or topic, or a worker. */
export interface Lifeline {
  readonly id: string
  readonly kind: 'flow' | 'queue' | 'worker'
  readonly label: Message
}

/** What an arrow stands for; `lapse` and `timeout` are notes on one lifeline rather than calls between two. */
export type SequenceArrowKind = 'send' | 'receive' | 'report' | 'report-failed' | 'delete' | 'error' | 'lapse' | 'timeout'

/** One labelled arrow, in time order. `from === to` draws a note on that lifeline. */
export interface SequenceArrow {
  readonly time: number
  readonly from: number
  readonly to: number
  readonly kind: SequenceArrowKind
  /** The call and its details, as the arrow's caption: `SendMessage · 7925A9… · priority 1`. */
  readonly label: Message
  readonly stepName: string
  /** The message it carries, for the hover (null when there is none). */
  readonly body: string | null
}

/** The sequence view's model: lifelines left to right and every arrow up to the engine's live edge. */
export interface SequenceModel {
  readonly lifelines: readonly Lifeline[]
  readonly arrows: readonly SequenceArrow[]
}

/** What the worker lifelines are called: the manual actor is a person in the panel, or the user's own worker behind `fdl serve`. */
export interface SequenceNames {
  readonly manual: Message
}

const WORKER_LABEL: Readonly<Record<Exclude<CallbackActor, 'workflow' | 'manual'>, Message>> = {
  worker: msg('Simulated worker'),
  function: msg('Function'),
  subscriber: msg('Topic subscriber'),
  childFlow: msg('Child flow'),
}

/** A long id shortened to its ends, as the service's console shows tokens: `djEjZmxv…Mzkx`. */
function shortId(id: string, keep = 6): string {
  return id.length <= keep * 2 + 1 ? id : `${id.slice(0, keep)}…${id.slice(-4)}`
}

/**
 * The callback choreography as a sequence diagram: the flow sends to the queue, the worker receives, reports
 * and deletes, and the queue's own doings (a message visible again after its visibility timeout) and the flow's
 * task timeouts are notes. Empty long polls are left out: they are the worker waiting, not a step of the story
 * (the timeline's swimlane draws them). Linear in the trace; built again when the trace version changes.
 */
export function sequenceOf(trace: SimTrace, names: SequenceNames): SequenceModel {
  const lifelines: Lifeline[] = []
  const at = new Map<string, number>()
  // The label is worked out only for a new lifeline: `line` runs for every call of a long run.
  const line = (id: string, kind: Lifeline['kind'], label: () => Message) => {
    let i = at.get(id)
    if (i === undefined) {
      i = lifelines.push({ id, kind, label: label() }) - 1
      at.set(id, i)
    }
    return i
  }
  const flowLine = (execution: number) => {
    const e = trace.executions[execution] ?? trace.executions[0]
    return line(`flow:${e?.id ?? 0}`, 'flow', () => {
      // `flow` is the engine's default name for a definition without one: then just "Flow".
      const flow = e && e.flowName !== '' && e.flowName !== 'flow' ? msg('Flow {name}', { name: e.flowName }) : msg('Flow')
      return e && trace.executions.length > 1 ? msg('{flow} · {execution}', { flow, execution: e.name }) : flow
    })
  }
  const queueLine = (queue: string, topic: boolean) => line(`queue:${queue}`, 'queue', () => (topic ? msg('Topic {name}', { name: queue }) : msg('Queue {name}', { name: queue })))
  const workerLine = (actor: CallbackActor) => line(`worker:${actor}`, 'worker', () => (actor === 'manual' ? names.manual : actor === 'workflow' ? msg('Flow') : WORKER_LABEL[actor]))
  // The flow always comes first, so an empty run still shows where arrows will start.
  if (trace.executions.length > 0) flowLine(0)

  // Messages by where and when they were sent, and by when they were received, to give each call its message.
  const sentAt = new Map<string, TraceMessage>()
  const receivedAt = new Map<string, { message: TraceMessage; dequeueCount: number }>()
  const arrows: SequenceArrow[] = []
  for (const m of trace.messages) {
    sentAt.set(`${m.queue}|${m.enqueueTime}|${m.stepName}`, m)
    let wasInFlight = false
    for (const tr of m.transitions) {
      if (tr.state === 'inactive') receivedAt.set(`${m.queue}|${tr.time}`, { message: m, dequeueCount: tr.dequeueCount })
      // Received, not deleted, and receivable again: the visibility timeout lapsed and MNS will deliver it again.
      if (tr.state === 'active' && wasInFlight) {
        const q = queueLine(m.queue, m.topic)
        arrows.push({ time: tr.time, from: q, to: q, kind: 'lapse', label: msg('Visible again · {id} · not deleted in time', { id: shortId(m.messageId) }), stepName: m.stepName, body: m.body })
      }
      wasInFlight = tr.state === 'inactive'
    }
  }

  for (const a of trace.actions) {
    const ok = a.result === 'OK'
    // A call's error code, when the service refused it, follows its caption.
    const answered = (label: Message) => (ok ? label : msg('{label} · {result}', { label, result: a.result }))
    switch (a.kind) {
      case 'SendMessage':
      case 'PublishMessage': {
        const m = sentAt.get(`${a.queue}|${a.time}|${a.stepName}`)
        const from = flowLine(a.execution)
        const to = queueLine(a.queue, a.kind === 'PublishMessage')
        const label = m ? msg('{call} · {id} · priority {priority}', { call: a.kind, id: shortId(m.messageId), priority: m.priority }) : msg('{call}', { call: a.kind })
        arrows.push({ time: a.time, from, to, kind: ok ? 'send' : 'error', label: answered(label), stepName: a.stepName, body: m?.body ?? null })
        break
      }
      case 'ReceiveMessage': {
        if (!ok) break
        const got = receivedAt.get(`${a.queue}|${a.time}`)
        const label = got ? msg('{call} · {id} · dequeue {count}', { call: a.kind, id: shortId(got.message.messageId), count: got.dequeueCount }) : msg('{call}', { call: a.kind })
        arrows.push({ time: a.time, from: queueLine(a.queue, false), to: workerLine(a.actor), kind: 'receive', label, stepName: a.stepName, body: got?.message.body ?? null })
        break
      }
      case 'ReportTaskSucceeded':
      case 'ReportTaskFailed': {
        const kind = !ok ? 'error' : a.kind === 'ReportTaskSucceeded' ? 'report' : 'report-failed'
        const label = a.token ? msg('{call} · token {token} · {result}', { call: a.kind, token: shortId(a.token), result: a.result }) : msg('{call} · {result}', { call: a.kind, result: a.result })
        arrows.push({ time: a.time, from: workerLine(a.actor), to: flowLine(a.execution), kind, label, stepName: a.stepName, body: null })
        break
      }
      case 'DeleteMessage':
        arrows.push({ time: a.time, from: workerLine(a.actor), to: queueLine(a.queue, false), kind: ok ? 'delete' : 'error', label: msg('{call} · {result}', { call: a.kind, result: a.result }), stepName: a.stepName, body: null })
        break
    }
  }

  for (const e of trace.executions) {
    e.events.forEach((ev, i) => {
      if (ev.type !== 'TaskTimedOut') return
      const f = flowLine(e.id)
      arrows.push({ time: e.eventTimes[i]!, from: f, to: f, kind: 'timeout', label: msg('TaskTimedOut · {step}', { step: ev.stepName }), stepName: ev.stepName, body: null })
    })
  }
  // Stable: calls at the same moment keep the order they were made in.
  arrows.sort((x, y) => x.time - y.time)
  return { lifelines, arrows }
}
