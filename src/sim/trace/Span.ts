/** What a step, branch or iteration is doing at some moment (issue 6: the canvas and the Gantt colours). */
export type SpanState = 'running' | 'waiting-for-callback' | 'retrying' | 'succeeded' | 'failed' | 'caught' | 'cancelled'

/** From `time` on (until the next phase) the span is in `state`; `attempt` counts task attempts (1-based). */
export interface SpanPhase {
  readonly time: number
  readonly state: SpanState
  readonly attempt: number
  /** The token this attempt waits for (waitForCallback tasks). */
  readonly token?: string
}

/**
 * One bar of the Gantt: a step execution, or a branch / iteration of a parallel / foreach step. Built from the
 * history by `projectSpans`; `id` is the Entered event id and `parent` the id of the enclosing span (0 at the top),
 * so bars nest as the flow does. Times are virtual ms; `end` is null while it runs.
 */
export interface Span {
  readonly id: number
  readonly kind: 'step' | 'branch' | 'iteration'
  readonly execution: number
  readonly stepName: string
  readonly parent: number
  /** Nesting depth (0 for top-level steps), for indenting rows. */
  readonly depth: number
  /** Branch or iteration index (null for steps). */
  readonly index: number | null
  readonly start: number
  end: number | null
  readonly phases: SpanPhase[]
  readonly input: unknown
  output: unknown
  /** Task: the result or reported Output; choice / parallel / foreach: their `$local`; branch / iteration: its local. */
  local: unknown
  error: string | null
  cause: string | null
  attempts: number
  /** Parallel / foreach: how many branches or iterations in all. */
  total: number | null
}
