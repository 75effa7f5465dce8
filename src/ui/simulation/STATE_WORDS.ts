import type { MessageState } from '../../sim/trace/MessageRecord.ts'

/** How the views name MNS message states (REFERENCE §12.3): `inactive` is what people call in flight. */
export const STATE_WORDS: Record<MessageState, string> = { delayed: 'Delayed', active: 'Active', inactive: 'In flight', deleted: 'Deleted' }
