import type { Simulation } from '../../sim/engine/Simulation.ts'
import type { SimState, TokenState } from '../../sim/engine/SimState.ts'
import { unsent, type CallbackAction } from '../../sim/trace/Trace.ts'
import type { TraceMessage, TraceToken, TraceAction, ExecutionDelta, TraceDelta } from './SimTrace.ts'

/** Takes what changed in a running simulation since the last call, as one {@link TraceDelta}. */
export interface DeltaTracker {
  collect(sim: Simulation, done: boolean, blocked: boolean): TraceDelta
}

/**
 * The step and issue time of a token. Tokens are shaped like the service's (base64 of
 * `v1#flow#execution#eventId#signature`, eventId being the step's StepEntered), so the step's name is read from that
 * event; when that cannot be read, the live task run still knows its step. The time is when the attempt issued it.
 */
function tokenOrigin(state: SimState, token: string, t: TokenState): { stepName: string; since: number } {
  const exec = state.executions[t.execution]
  try {
    const eventId = Number(atob(token).split('#')[3])
    const e = exec?.events[eventId - 1]
    if (e) return { stepName: e.stepName, since: t.since }
  } catch {
    // Not the shape we know: fall through to the run.
  }
  const r = state.runs[t.run]
  return { stepName: r?.kind === 'step' && r.type === 'task' ? r.step.name : '', since: t.since }
}

/** A swimlane call without what the view does not draw (see {@link TraceAction}). */
function slim(a: CallbackAction): TraceAction {
  const report = a.kind === 'ReportTaskSucceeded' || a.kind === 'ReportTaskFailed'
  return { time: a.time, kind: a.kind, actor: a.actor, queue: a.queue, result: a.result, since: a.since, execution: a.execution, stepName: a.stepName, token: report ? a.token : '' }
}


/**
 * Follows a simulation's append-only trace and mutable records (message states, token states) and hands out
 * only the new part each time, so a worker can stream a long run to the page in small posts.
 */
export function createDeltaTracker(): DeltaTracker {
  const eventsSent: number[] = []
  const localsSent: Set<string>[] = []
  const transitionsSent: number[] = []
  const tokenStatus = new Map<string, string>()
  let actionsSent = 0

  const executions = (state: SimState): ExecutionDelta[] => {
    const out: ExecutionDelta[] = []
    for (const e of state.executions) {
      const from = eventsSent[e.id] ?? 0
      const sent = (localsSent[e.id] ??= new Set())
      const locals = unsent(e.containerLocals, sent, 'l')
      const fanTotals = unsent(e.fanTotals ?? {}, sent, 't') as Record<string, number>
      if (from === e.events.length && e.status === 'Running' && Object.keys(locals).length + Object.keys(fanTotals).length === 0 && from > 0) continue
      out.push({
        id: e.id, name: e.name, flowName: e.flowName, parent: e.parent?.execution ?? -1, status: e.status, output: e.output,
        error: e.error, cause: e.cause, startTime: e.startTime, endTime: e.endTime, input: e.input, containerLocals: locals, fanTotals,
        from, events: e.events.slice(from), eventTimes: e.eventTimes.slice(from),
      })
      eventsSent[e.id] = e.events.length
    }
    return out
  }

  const messages = (state: SimState): TraceMessage[] => {
    const out: TraceMessage[] = []
    for (const m of state.messages) {
      if ((transitionsSent[m.index] ?? -1) === m.transitions.length) continue
      transitionsSent[m.index] = m.transitions.length
      out.push({
        index: m.index, queue: m.queue, topic: m.topic, messageId: m.messageId, body: m.body, priority: m.priority,
        enqueueTime: m.enqueueTime, delaySeconds: m.delaySeconds, transitions: m.transitions.slice(), token: m.token,
        execution: m.execution, stepName: m.stepName, taskEvent: m.taskEvent,
      })
    }
    return out
  }

  const tokens = (state: SimState): TraceToken[] => {
    const out: TraceToken[] = []
    for (const [token, t] of state.tokens) {
      if (tokenStatus.get(token) === t.status) continue
      tokenStatus.set(token, t.status)
      out.push({ token, execution: t.execution, attempt: t.attempt, status: t.status, ...tokenOrigin(state, token, t) })
    }
    return out
  }

  return {
    collect(sim, done, blocked) {
      const state = sim.state
      const actionsFrom = actionsSent
      actionsSent = state.actions.length
      return {
        now: state.now, done, blocked, executions: executions(state), messages: messages(state),
        actionsFrom, actions: state.actions.slice(actionsFrom).map(slim), tokens: tokens(state),
      }
    },
  }
}
