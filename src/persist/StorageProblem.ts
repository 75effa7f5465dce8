import { formatMessage, msg, type Message } from '../i18n/Message.ts'

/** Why autosave is not working, as the warning the user sees while they keep editing. */
export interface StorageProblem {
  readonly kind: 'full' | 'unavailable'
  /** The warning in English (logs, tests). */
  readonly message: string
  /** The same warning for the app to show in the person's language. */
  readonly text: Message
}

const QUOTA_NAMES = ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']

/** The error's own name, or that of the DOMException it wraps (IndexedDB reports quota errors on the transaction). */
function nameOf(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.name
  return ''
}

const problem = (kind: StorageProblem['kind'], text: Message): StorageProblem => ({ kind, message: formatMessage(text), text })

/**
 * Turns a storage failure into the warning the user reads: storage full (they can free space by deleting
 * old documents) or storage unavailable (private browsing, blocked site data). Either way the message
 * says the work is not being kept and how to keep it.
 */
export function storageProblemOf(error: unknown): StorageProblem {
  if (QUOTA_NAMES.includes(nameOf(error))) {
    return problem(
      'full',
      msg('Browser storage is full, so changes are not being saved in this browser. Use Export → Download YAML to keep your work, or delete old documents from the recent list.'),
    )
  }
  return problem(
    'unavailable',
    msg('This browser is not letting FDL Studio save (private browsing or site data turned off), so your work will be lost when the tab closes. Use Export → Download YAML to keep it.'),
  )
}
