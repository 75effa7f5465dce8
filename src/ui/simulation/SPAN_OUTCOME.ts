import type { UiText } from '../../i18n/UiText.ts'
import type { SpanOutcome } from '../../store/simulation/TraceIndex.ts'

/** How a run of a step ended, in the word the hover card and the step data use (`running` while it has not). */
export const SPAN_OUTCOME: Record<SpanOutcome, UiText> = { running: 'running', succeeded: 'succeeded', failed: 'failed', caught: 'caught', cancelled: 'cancelled' }
