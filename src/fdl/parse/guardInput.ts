import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { overLimitText, utf8Length } from '../files/byteSizes.ts'

/**
 * The service takes definitions up to 1 MiB (its API request limit, REFERENCE §11; the validator reports
 * that), so anything 4 times larger is surely not a flow. Refusing it keeps a 5 MB paste from freezing the
 * designer: the yaml library reads about 2 MB/s here.
 */
const MAX_TEXT_LENGTH = 4 * 1024 * 1024

/**
 * The yaml library composes nodes recursively: past ~500 levels it overflows the stack, and near that depth V8
 * can even abort the process while compiling a regular expression. Real flows stay under ~40 levels.
 */
const MAX_NESTING = 256

const NEWLINE = 10
const RETURN = 13
const SPACE = 32
const TAB = 9

/** Why a text is refused before parsing, and where. */
export interface InputRefusal {
  readonly code: 'document-too-large' | 'yaml-too-deep'
  /** In English. */
  readonly message: string
  /** The same, for the app to say in the person's language. */
  readonly text: Message
  readonly offset: number
}

/**
 * Checks, in one linear pass and before the yaml library sees it, that a text is small and shallow enough to
 * parse safely. Block nesting is bounded by the column where a line's content starts (block indicators `- `,
 * `? `, `: ` count as indentation); flow nesting by the open `[` / `{` outside quotes and comments.
 */
export function guardInput(text: string): InputRefusal | null {
  if (text.length > MAX_TEXT_LENGTH) {
    const size = overLimitText(utf8Length(text), MAX_TEXT_LENGTH)
    return refusal('document-too-large', msg('The document is too large to read here: {size} (Serverless Workflow itself accepts definitions up to 1 MB). Split the flow into child flows.', { size }), 0)
  }
  const offset = deepestOffset(text)
  if (offset < 0) return null
  return refusal('yaml-too-deep', msg('The document nests more than {max} levels deep here, too deep to read safely; no real flow needs that. Flatten it (a child flow can hold a deep part).', { max: MAX_NESTING }), offset)
}

function refusal(code: InputRefusal['code'], text: Message, offset: number): InputRefusal {
  return { code, message: formatMessage(text), text, offset }
}

/** Offset where nesting first exceeds the limit, or -1. */
function deepestOffset(text: string): number {
  let flow = 0
  let column = 0
  let atLineStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === NEWLINE || c === RETURN) {
      atLineStart = true
      column = 0
      continue
    }
    if (atLineStart) {
      if (c === SPACE || c === TAB || (isIndicator(c) && isBlank(text.charCodeAt(i + 1)))) {
        column++
        continue
      }
      atLineStart = false
      if (column + flow > MAX_NESTING) return i
    }
    if (c === 0x23 /* # */ && isBlank(text.charCodeAt(i - 1))) i = endOfLine(text, i) - 1
    else if ((c === 0x22 /* " */ || c === 0x27) /* ' */ && startsToken(text.charCodeAt(i - 1))) i = endOfQuoted(text, i)
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      flow++
      if (column + flow > MAX_NESTING) return i
    } else if ((c === 0x5d /* ] */ || c === 0x7d) /* } */ && flow > 0) flow--
  }
  return -1
}

function isIndicator(c: number): boolean {
  return c === 0x2d /* - */ || c === 0x3f /* ? */ || c === 0x3a /* : */
}

/** Whitespace, a line end or outside the text (NaN): what may follow a block indicator or precede a comment. */
function isBlank(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === TAB || c === NEWLINE || c === RETURN
}

/** Whether a quote after this character opens a quoted scalar (rather than sitting inside a plain one). */
function startsToken(c: number): boolean {
  return isBlank(c) || c === 0x5b || c === 0x7b || c === 0x2c /* , */ || c === 0x3a || c === 0x2d || c === 0x3f
}

function endOfLine(text: string, from: number): number {
  const n = text.indexOf('\n', from)
  return n < 0 ? text.length : n
}

/** Index of the closing quote of the quoted scalar opening at `from` (or the last index when unterminated). */
function endOfQuoted(text: string, from: number): number {
  const quote = text.charCodeAt(from)
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (quote === 0x22 && c === 0x5c /* \ */) i++
    else if (c === quote) {
      if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++
      else return i
    }
  }
  return text.length - 1
}
