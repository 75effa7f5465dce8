import type { Message } from '../i18n/Message.ts'

/** Why autosave is not working, as the warning the user sees while they keep editing. */
export interface StorageProblem {
  readonly kind: 'full' | 'unavailable'
  /** The warning in English (logs, tests). */
  readonly message: string
  /** The same warning for the app to show in the person's language. */
  readonly text: Message
}
