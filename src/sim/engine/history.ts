import type { HistoryEventType } from '../trace/HistoryEvent.ts'
import { formatTime } from '../util/formatTime.ts'
import { ExecutionEnded } from './ExecutionEnded.ts'
import type { ExecutionState } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { endExecution } from './executions.ts'

/** Appends an event without any check (for the final event of an execution). Returns its id. */
export function pushEvent(
  ctx: SimContext,
  exec: ExecutionState,
  type: HistoryEventType,
  stepName: string,
  scheduleEventId: number,
  eventDetail: Record<string, unknown>,
): number {
  const eventId = exec.events.length + 1
  exec.events.push({ eventId, type, stepName, time: formatTime(ctx.state.now), scheduleEventId, eventDetail })
  exec.eventTimes.push(ctx.state.now)
  ctx.progress++
  return eventId
}

/**
 * Appends an event to a running execution. When the event would be the last one the service allows
 * (`maxEvents`), the execution fails instead and {@link ExecutionEnded} is thrown so the caller's work stops.
 */
export function emit(
  ctx: SimContext,
  exec: ExecutionState,
  type: HistoryEventType,
  stepName: string,
  scheduleEventId: number,
  eventDetail: Record<string, unknown>,
): number {
  if (exec.status !== 'Running') throw new ExecutionEnded()
  if (exec.events.length >= ctx.options.maxEvents - 1) {
    const cause = `The execution reached the limit of ${ctx.options.maxEvents} history events.`
    endExecution(ctx, exec, 'Failed', null, ctx.options.eventLimitError, cause)
    throw new ExecutionEnded()
  }
  return pushEvent(ctx, exec, type, stepName, scheduleEventId, eventDetail)
}
