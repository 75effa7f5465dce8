import type { SimState } from '../../sim/engine/SimState.ts'
import { unsent } from '../../sim/trace/Trace.ts'
import type { TraceMessage, TraceStatus, TraceToken, TraceAction, ExecutionDelta, TraceDelta } from '../../store/simulation/SimTrace.ts'

/** Hands out what changed in one execution (and the child executions it started) since the last call. */
export interface ExecutionTracker {
  /** The next delta, or null when nothing changed and no heartbeat is due. */
  collect(state: SimState, heartbeat: boolean): TraceDelta | null
}

/**
 * Follows one root execution of the server's world the way the app's engine host follows its own simulation,
 * and speaks the app's `TraceDelta` (src/store/simulation): the root is execution 0, the executions it started
 * are numbered after it in start order, and only their messages, swimlane calls and tokens are sent (renumbered
 * the same way). A fresh tracker sends everything again, which the app takes as a no-op (`applyDelta` is
 * idempotent), so a reconnecting client simply gets a new one.
 */
export function createExecutionTracker(root: number): ExecutionTracker {
  const local = new Map<number, number>([[root, 0]])
  const order = [root]
  let executionsSeen = root + 1
  const eventsSent: number[] = []
  const localsSent: Set<string>[] = []
  const messageLocal = new Map<number, number>()
  const transitionsSent = new Map<number, number>()
  let messagesSeen = 0
  const tokenStatus = new Map<string, string>()
  let actionsSeen = 0
  let actionsSent = 0
  let lastProgress = -1

  const adopt = (state: SimState) => {
    for (; executionsSeen < state.executions.length; executionsSeen++) {
      const e = state.executions[executionsSeen]!
      if (e.parent && local.has(e.parent.execution)) {
        local.set(e.id, order.length)
        order.push(e.id)
      }
    }
  }

  const executions = (state: SimState): ExecutionDelta[] => {
    const out: ExecutionDelta[] = []
    for (const id of order) {
      const e = state.executions[id]!
      const me = local.get(id)!
      const from = eventsSent[me] ?? 0
      const sent = (localsSent[me] ??= new Set())
      const locals = unsent(e.containerLocals, sent, 'l')
      const fanTotals = unsent(e.fanTotals, sent, 't') as Record<string, number>
      if (from === e.events.length && from > 0 && Object.keys(locals).length + Object.keys(fanTotals).length === 0 && e.status === 'Running') continue
      out.push({
        id: me, name: e.name, flowName: e.flowName, parent: e.parent ? (local.get(e.parent.execution) ?? -1) : -1, status: e.status as TraceStatus,
        output: e.output, error: e.error, cause: e.cause, startTime: e.startTime, endTime: e.endTime, input: e.input,
        containerLocals: locals, fanTotals, from, events: e.events.slice(from), eventTimes: e.eventTimes.slice(from),
      })
      eventsSent[me] = e.events.length
    }
    return out
  }

  const messages = (state: SimState): TraceMessage[] => {
    for (; messagesSeen < state.messages.length; messagesSeen++) {
      const m = state.messages[messagesSeen]!
      if (local.has(m.execution)) messageLocal.set(m.index, messageLocal.size)
    }
    const out: TraceMessage[] = []
    for (const [index, mine] of messageLocal) {
      const m = state.messages[index]!
      if (transitionsSent.get(index) === m.transitions.length) continue
      transitionsSent.set(index, m.transitions.length)
      out.push({
        index: mine, queue: m.queue, topic: m.topic, messageId: m.messageId, body: m.body, priority: m.priority, enqueueTime: m.enqueueTime,
        delaySeconds: m.delaySeconds, transitions: m.transitions.slice(), token: m.token, execution: local.get(m.execution)!, stepName: m.stepName, taskEvent: m.taskEvent,
      })
    }
    return out
  }

  const actions: TraceAction[] = []
  const newActions = (state: SimState): { from: number; list: TraceAction[] } => {
    for (; actionsSeen < state.actions.length; actionsSeen++) {
      const a = state.actions[actionsSeen]!
      const mine = local.get(a.execution)
      if (mine === undefined) continue
      const report = a.kind === 'ReportTaskSucceeded' || a.kind === 'ReportTaskFailed'
      actions.push({ time: a.time, kind: a.kind, actor: a.actor, queue: a.queue, result: a.result, since: a.since, execution: mine, stepName: a.stepName, token: report ? a.token : '' })
    }
    const from = actionsSent
    actionsSent = actions.length
    return { from, list: actions.slice(from) }
  }

  const tokens = (state: SimState): TraceToken[] => {
    const out: TraceToken[] = []
    for (const [token, t] of state.tokens) {
      const mine = local.get(t.execution)
      if (mine === undefined || tokenStatus.get(token) === t.status) continue
      tokenStatus.set(token, t.status)
      const exec = state.executions[t.execution]!
      const run = state.runs[t.run]
      const stepName = run?.kind === 'step' && run.type === 'task' ? run.step.name : ''
      const scheduled = exec.events.findLastIndex((e) => e.type === 'TaskScheduled' && (stepName === '' || e.stepName === stepName))
      out.push({ token, execution: mine, attempt: t.attempt, status: t.status, stepName: stepName || (exec.events[scheduled]?.stepName ?? ''), since: exec.eventTimes[scheduled] ?? state.now })
    }
    return out
  }

  return {
    collect(state, heartbeat) {
      const progress = state.actions.length + state.messages.length + state.executions.reduce((n, e) => (local.has(e.id) ? n + e.events.length : n), 0)
      if (progress === lastProgress && !heartbeat) return null
      lastProgress = progress
      adopt(state)
      const rootEnd = state.executions[root]!.endTime
      const a = newActions(state)
      // Once the root has ended its clock is the last thing seen of it (a worker's delete comes after the end), not
      // the server's, which runs on: the app's time axis and scrubber stop where the run stops.
      const now = rootEnd === null ? state.now : Math.max(rootEnd, actions.at(-1)?.time ?? rootEnd)
      return { now, done: rootEnd !== null, blocked: false, executions: executions(state), messages: messages(state), actionsFrom: a.from, actions: a.list, tokens: tokens(state) }
    },
  }
}
