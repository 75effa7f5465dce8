import type { TraceAction } from './TraceAction.ts'
import type { HistoryEvent, MessageTransition } from '../../sim/trace/Trace.ts'

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
export interface TraceMessage {
  readonly index: number
  readonly queue: string
  readonly topic: boolean
  readonly messageId: string
  readonly body: string
  readonly priority: number
  readonly enqueueTime: number
  readonly delaySeconds: number
  readonly transitions: readonly MessageTransition[]
  readonly token: string | null
  readonly execution: number
  readonly stepName: string
  readonly taskEvent: number
}

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
