import type { Flow } from '../../fdl/model/Flow.ts'
import type { SimOptions } from '../SimOptions.ts'
import type { Scenario } from '../scenario/Scenario.ts'
import type { SimState, SeqRun } from './SimState.ts'
import type { Step } from '../../fdl/model/Step.ts'

/** What every engine function works on: the mutable state plus the fixed inputs it was created from. */
export interface SimContext {
  readonly state: SimState
  readonly options: SimOptions
  readonly scenario: Scenario
  readonly flow: Flow
  /** Name of the root flow (tokens, `$context.flow.name`). */
  readonly flowName: string
  /** Child flows that run as nested executions, by the name in `acs:fnf:::flow/NAME`. */
  readonly childFlows: Readonly<Record<string, Flow>>
  /** Counts history events and swimlane actions, so `advance()` can stop after something visible happened. */
  progress: number
}

/**
 * Thrown when an execution ends in the middle of some work (the event limit was reached, or a nested `succeed`
 * ended it): the run loop catches it and drops the rest of that work, which belonged to the ended execution.
 */
export class ExecutionEnded extends Error {
  override readonly name = 'ExecutionEnded'
}

/**
 * What a service API call answers, as a value (never thrown): success with the ids the API returns, or the
 * error code and message the service would send (REFERENCE §7.3, §12).
 */
export type ServiceAnswer =
  | { readonly ok: true; readonly requestId: string; readonly eventId?: number }
  | { readonly ok: false; readonly requestId: string; readonly code: string; readonly message: string }

/** A received message as ReceiveMessage returns it (REFERENCE §12.4; times in ms since the epoch). */
export interface ReceivedMessage {
  readonly MessageId: string
  readonly ReceiptHandle: string
  readonly MessageBody: string
  readonly MessageBodyMD5: string
  readonly EnqueueTime: number
  readonly NextVisibleTime: number
  readonly FirstDequeueTime: number
  readonly DequeueCount: number
  readonly Priority: number
}

/** The state of a manual long poll: got a message, still waiting, or ended with `MessageNotExist`. */
export type ReceiveAnswer =
  | { readonly status: 'received'; readonly pollId: number; readonly message: ReceivedMessage }
  | { readonly status: 'waiting'; readonly pollId: number; readonly until: number }
  | { readonly status: 'empty'; readonly pollId: number; readonly code: 'MessageNotExist'; readonly message: string }

/** A step being finished: where it sits, what it received and which event entered it. */
export interface StepFrame {
  readonly seqRun: SeqRun
  readonly index: number
  readonly step: Step
  readonly input: unknown
  /** UTF-8 JSON bytes of `input` for the step data limit (0 while the limit is off). */
  readonly inputBytes: number
  readonly enteredEvent: number
  /** The step's run id, or 0 for steps that finish at once (pass, succeed, fail, an empty choice branch). */
  readonly runId: number
  /** The step's last event so far (its events form one chain: `stepEvents.ts`). */
  lastEvent: number
}

/** How a step ended: with an output (possibly after a caught error, a goto or a succeed), or failed. */
export type StepResult =
  | {
      readonly ok: true
      readonly output: Record<string, unknown>
      readonly local: unknown
      readonly goto?: string
      readonly endSequence?: boolean
      readonly caught?: { readonly error: string; readonly cause: string }
    }
  | { readonly ok: false; readonly error: string; readonly cause: string }
