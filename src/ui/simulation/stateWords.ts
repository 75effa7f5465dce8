import type { UiText } from '../../i18n/UiText.ts'
import type { MessageState } from '../../sim/trace/Trace.ts'
import type { SpanOutcome } from '../../store/simulation/TraceIndex.ts'

/** How the views name MNS message states (REFERENCE §12.3): `inactive` is what people call in flight. */
export const STATE_WORDS: Record<MessageState, UiText> = { delayed: 'Delayed', active: 'Active', inactive: 'In flight', deleted: 'Deleted' }

/** How many messages are in a state, as the queue's header counts them (`2 in flight`). */
export const STATE_COUNTS: Record<MessageState, UiText> = { delayed: '{n} delayed', active: '{n} active', inactive: '{n} in flight', deleted: '{n} deleted' }

/** How a run of a step ended, in the word the hover card and the step data use (`running` while it has not). */
export const SPAN_OUTCOME: Record<SpanOutcome, UiText> = { running: 'running', succeeded: 'succeeded', failed: 'failed', caught: 'caught', cancelled: 'cancelled' }
