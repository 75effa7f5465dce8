import type { HistoryEvent, MessageRecord, MessageTransition, CallbackAction } from '../../sim/trace/Trace.ts'

/** Status of an execution as the service reports it. */
export type TraceStatus = 'Running' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Stopped'

/** One execution's record in the trace: its history (append-only) and how it ended. */
export interface TraceExecution {
  readonly id: number
  readonly name: string
  readonly flowName: string
  /** Execution id of the parent (a child flow), or -1 for the root. */
  readonly parent: number
  readonly input: unknown
  status: TraceStatus
  output: unknown
  error: string | null
  cause: string | null
  readonly startTime: number
  endTime: number | null
  readonly events: HistoryEvent[]
  /** Virtual ms of each event, parallel to `events`. */
  readonly eventTimes: number[]
  /** `$local` of choice / parallel / foreach steps, by their StepEntered event id. */
  readonly containerLocals: Record<string, unknown>
  /** Branches / iterations of parallel and foreach steps, by their StepEntered event id (progress totals). */
  readonly fanTotals: Record<string, number>
}

/** A message as the queue view needs it: what it carries and every state it went through. */
export type TraceMessage = Pick<
  MessageRecord,
  'index' | 'queue' | 'topic' | 'messageId' | 'body' | 'priority' | 'enqueueTime' | 'delaySeconds' | 'token' | 'execution' | 'stepName' | 'taskEvent'
> & { readonly transitions: readonly MessageTransition[] }

/** A task token and whether it can still be reported. */
export interface TraceToken {
  readonly token: string
  readonly execution: number
  readonly stepName: string
  readonly attempt: number
  readonly status: 'waiting' | 'completed' | 'closed'
  /** Virtual ms when the token was issued. */
  readonly since: number
}

/**
 * Everything the simulation view shows, as received from the engine: append-only (events, actions) or
 * replaced per item (messages, tokens). It is held by reference and grows in place for speed (a
 * 10,000-item foreach is ~100,000 events); `version` changes on every update so views know to redraw.
 */
export interface SimTrace {
  version: number
  /** Virtual ms the engine has simulated up to (the live edge). */
  now: number
  readonly startTime: number
  /** The engine has nothing more to do: the root execution ended. */
  done: boolean
  /** The engine waits for the manual worker (nothing will happen until a person acts, at instant speed). */
  blocked: boolean
  readonly executions: TraceExecution[]
  readonly messages: TraceMessage[]
  readonly actions: TraceAction[]
  readonly tokens: Map<string, TraceToken>
}

/**
 * A call of the callback swimlane as the view keeps it: what the swimlane and the bar marks draw. The task
 * token is kept for reports only (sends, receives and deletes find theirs through the message), which makes a
 * long run's stream to the page about a third smaller.
 */
export type TraceAction = Pick<CallbackAction, 'time' | 'kind' | 'actor' | 'queue' | 'result' | 'since' | 'execution' | 'stepName' | 'token'>

/** What changed in one execution: its status fields and the events after the first `from`. */
export interface ExecutionDelta extends Omit<TraceExecution, 'events' | 'eventTimes' | 'containerLocals' | 'fanTotals'> {
  /** Only the container locals and fan totals not sent before. */
  readonly containerLocals: Readonly<Record<string, unknown>>
  readonly fanTotals: Readonly<Record<string, number>>
  readonly from: number
  readonly events: readonly HistoryEvent[]
  readonly eventTimes: readonly number[]
}

/**
 * One update from the engine host to the view, small enough to post from a Web Worker without a long
 * main-thread task: new events and actions are appended, changed messages and tokens replace their entry.
 */
export interface TraceDelta {
  readonly now: number
  readonly done: boolean
  readonly blocked: boolean
  readonly executions: readonly ExecutionDelta[]
  readonly messages: readonly TraceMessage[]
  readonly actionsFrom: number
  readonly actions: readonly TraceAction[]
  readonly tokens: readonly TraceToken[]
}

/** The trace of a run that has just started at virtual time `startTime`, before any update arrived. */
export function emptyTrace(startTime: number): SimTrace {
  return { version: 0, now: startTime, startTime, done: false, blocked: false, executions: [], messages: [], actions: [], tokens: new Map() }
}

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

/**
 * The virtual time at which the run is over: the root execution's end, or later when a worker still acted on
 * its messages after it (a real worker deletes the message after its report ended the execution); while the
 * root runs, how far the engine has simulated.
 */
export function endOfTrace(trace: SimTrace): number {
  const end = trace.executions[0]?.endTime
  if (end === undefined || end === null) return trace.now
  const last = trace.actions.at(-1)?.time ?? end
  return Math.max(end, last)
}
