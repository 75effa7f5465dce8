import type { Message } from '../../i18n/Message.ts'
import type { JsonPath } from './jsonPaths.ts'

/** How bad a diagnostic is: errors are what the service would reject; warnings are likely bugs. */
export type Severity = 'error' | 'warning' | 'info'

/** One finding about a document, with a stable code users and tests can rely on. */
export interface Diagnostic {
  readonly code: string
  readonly severity: Severity
  /** Says what is wrong and what to do about it, in English (the CLI prints it, tests match it). */
  readonly message: string
  /** The message as its English source and values, so the app can say it in the person's language. */
  readonly text: Message
  readonly path: JsonPath
  readonly range: SourceRange
}

/** A span of the source text: 1-based lines and columns (editor style) plus 0-based offsets. */
export interface SourceRange {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly offset: number
  readonly endOffset: number
}
