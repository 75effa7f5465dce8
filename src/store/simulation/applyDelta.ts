import type { SimTrace } from './SimTrace.ts'
import type { TraceDelta } from './TraceDelta.ts'

/**
 * Folds an engine update into the trace in place (the trace is append-only and can hold ~100,000 events;
 * copying it per update would cost more than the update). Bumps `version` so views redraw.
 */
export function applyDelta(trace: SimTrace, delta: TraceDelta): void {
  trace.now = Math.max(trace.now, delta.now)
  trace.done = delta.done
  trace.blocked = delta.blocked
  for (const d of delta.executions) {
    const { from, events, eventTimes, containerLocals, fanTotals, ...fields } = d
    const exec = trace.executions[d.id] ?? { ...fields, events: [], eventTimes: [], containerLocals: {}, fanTotals: {} }
    trace.executions[d.id] = exec
    Object.assign(exec.containerLocals, containerLocals)
    Object.assign(exec.fanTotals, fanTotals)
    Object.assign(exec, { status: fields.status, output: fields.output, error: fields.error, cause: fields.cause, endTime: fields.endTime })
    exec.events.length = Math.min(exec.events.length, from)
    exec.eventTimes.length = exec.events.length
    for (let i = 0; i < events.length; i++) {
      exec.events.push(events[i]!)
      exec.eventTimes.push(eventTimes[i]!)
    }
  }
  for (const m of delta.messages) trace.messages[m.index] = m
  trace.actions.length = Math.min(trace.actions.length, delta.actionsFrom)
  for (const a of delta.actions) trace.actions.push(a)
  for (const t of delta.tokens) trace.tokens.set(t.token, t)
  trace.version++
}
