import type { UiText } from '../../i18n/UiText.ts'
import type { MessageState } from '../../sim/trace/Trace.ts'

/** How the views name MNS message states (REFERENCE §12.3): `inactive` is what people call in flight. */
export const STATE_WORDS: Record<MessageState, UiText> = { delayed: 'Delayed', active: 'Active', inactive: 'In flight', deleted: 'Deleted' }

/** How many messages are in a state, as the queue's header counts them (`2 in flight`). */
export const STATE_COUNTS: Record<MessageState, UiText> = { delayed: '{n} delayed', active: '{n} active', inactive: '{n} in flight', deleted: '{n} deleted' }
