import type { Message } from '../../i18n/Message.ts'

/** Kinds of marks on a timeline bar: the callback calls of its message and what happened to its attempts. */
export type MarkKind = 'send' | 'receive' | 'report' | 'reportError' | 'delete' | 'retry' | 'timeout' | 'failed' | 'caught'

/** One mark on a bar, with the words a screen reader and the tooltip use. */
export interface TimelineMark {
  readonly kind: MarkKind
  readonly time: number
  readonly label: Message
}
