import type { HistoryEventType } from '../trace/HistoryEvent.ts'
import { formatTime } from '../util/formatTime.ts'
import { jsonBytes } from '../util/utf8Length.ts'
import { DATA_LIMIT_ERROR } from './dataLimit.ts'
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
 * (`maxEvents`), or its data would pass the 32 KiB of one history event (`eventDataLimitBytes`, REFERENCE §11), the
 * execution fails instead and {@link ExecutionEnded} is thrown so the caller's work stops.
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
  const limit = ctx.options.eventDataLimitBytes
  const bytes = limit > 0 ? jsonBytes(eventDetail) : 0
  if (bytes > limit && limit > 0) {
    const cause = `${type}${stepName ? ` of step ${stepName}` : ''} would hold ${bytes} bytes of data (UTF-8 JSON), over the limit of ${limit} bytes for one history event.`
    endExecution(ctx, exec, 'Failed', null, DATA_LIMIT_ERROR, cause)
    throw new ExecutionEnded()
  }
  return pushEvent(ctx, exec, type, stepName, scheduleEventId, eventDetail)
}
