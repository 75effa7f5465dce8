import type { Message } from '../../i18n/Message.ts'

/** How a step, branch or iteration ended (or `running` while it has not). */
export type SpanOutcome = 'running' | 'succeeded' | 'failed' | 'caught' | 'cancelled'

/** One attempt of a task: scheduled, maybe submitted (a message sent, a token issued), then answered. */
export interface Attempt {
  readonly attempt: number
  readonly scheduledEvent: number
  readonly start: number
  submitted: number | null
  end: number
  result: 'succeeded' | 'failed' | 'timedOut' | null
  local: unknown
  error: string | null
  cause: string | null
}

/**
 * One execution of a step, branch or iteration on the virtual clock: a bar of the timeline and what the
 * data view shows for it. `end` is Infinity while it runs.
 */
export interface Span {
  readonly id: number
  readonly execution: number
  readonly kind: 'step' | 'branch' | 'iteration'
  /** The step's name (for a branch or iteration, its container's name). */
  readonly name: string
  readonly slot: number
  readonly parent: number
  readonly enteredEvent: number
  readonly start: number
  end: number
  endEvent: number
  outcome: SpanOutcome
  /** The step's input (its StepStarted), an iteration's input; undefined until known. */
  input: unknown
  output: unknown
  error: string | null
  cause: string | null
  readonly attempts: Attempt[]
  readonly children: number[]
  readonly row: number
}

/** A line of the timeline: one step in one scope (all its runs), one branch or one iteration. */
export interface TimelineRow {
  readonly id: number
  readonly parent: number
  readonly depth: number
  readonly kind: 'step' | 'branch' | 'iteration'
  /** In English (what tests and logic read); `text` is the same to show in the person's language. */
  readonly label: string
  readonly text: Message
  readonly stepName: string
  readonly children: number[]
  readonly spans: number[]
}

/**
 * What the views look things up by, built incrementally from the trace as it grows: spans and rows in
 * start order, and maps from history events, messages and tokens to spans.
 */
export interface TraceIndex {
  readonly spans: Span[]
  readonly rows: TimelineRow[]
  /** Rows at the top level, in first-start order. */
  readonly roots: number[]
  /** Events consumed so far, per execution. */
  readonly consumed: number[]
  /** `exec:eventId` of any event of a step, branch or iteration → its span id. */
  readonly spanOfEvent: Map<string, number>
  /** `exec:name` → span ids of that step, in start order (what the canvas colours). */
  readonly spansOfStep: Map<string, number[]>
  readonly rowOfKey: Map<string, number>
  /** Span id → indexes of the messages its attempts sent (the bar's message marks). */
  readonly messagesOfSpan: Map<number, number[]>
  /** Task token → indexes of the ReportTaskSucceeded / ReportTaskFailed calls made with it. */
  readonly reportsOfToken: Map<string, number[]>
  /** Messages and swimlane calls indexed so far. */
  messagesSeen: number
  actionsSeen: number
  /** Trace version this index reflects. */
  version: number
}
