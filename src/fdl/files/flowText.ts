import { isMap, isScalar } from 'yaml'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { ParsedFdl } from '../parse/parseFdl.ts'

/** Keys of which a flow has at least one; a mapping with none of them is some other YAML or JSON file. */
const FLOW_MARKERS = ['version', 'type', 'steps']

/**
 * Why a parsed text is not something to open as a flow: it is empty, or plainly some other file (`detail` says
 * what it holds, in English; `text` is the same for the app to say in the person's language).
 */
export type FlowTextProblem = { readonly kind: 'empty' } | { readonly kind: 'not-a-flow'; readonly detail: string; readonly text: Message }

/**
 * Decides whether a parsed text is a flow at all, for whoever opens files (the app's Open, `fdl` commands). A flow
 * with mistakes, even YAML syntax errors, is a flow: it opens with its diagnostics so it can be fixed. Only text
 * that is empty or plainly something else (a list, a sentence, someone's package.json) is not.
 */
export function flowTextProblem(parsed: ParsedFdl): FlowTextProblem | null {
  if (parsed.document.errors.length > 0) return null
  if (parsed.flow === null) {
    if (parsed.diagnostics.some((d) => d.code === 'empty-document')) return { kind: 'empty' }
    const root = parsed.document.contents
    const holds = isScalar(root) ? (typeof root.value === 'string' ? msg('plain text') : msg('a single value ({value})', { value: String(root.value) })) : msg('a list')
    return notAFlow(msg('it holds {what}, not a mapping with version, type and steps', { what: holds }))
  }
  const root = parsed.document.contents
  const keys = isMap(root) ? root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : []
  if (!FLOW_MARKERS.some((k) => keys.includes(k))) return notAFlow(msg('it has none of the keys version, type and steps'))
  return null
}

function notAFlow(text: Message): FlowTextProblem {
  return { kind: 'not-a-flow', detail: formatMessage(text), text }
}

/** The encodings a flow file may be in: UTF-8 (with or without a byte-order mark), or UTF-16 with one. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Why bytes are not flow text: binary data, or text in an encoding other than the ones above. */
export type TextRefusal = 'binary' | 'not-utf8'

/** A file's text (a byte-order mark kept as its first character, so writing it back gives the same bytes). */
export interface DecodedText {
  readonly text: string
  readonly encoding: TextEncodingName
}

/**
 * Turns a file's bytes into text, or says why they are not text: a NUL character means binary data (no YAML or
 * JSON file holds one), and bytes that are not valid UTF-8 would otherwise be silently replaced by U+FFFD and
 * corrupt the file when it is written back. UTF-16 is recognised only by its byte-order mark (as PowerShell
 * writes it); without one, UTF-16 text holds NUL bytes and counts as binary.
 */
export function decodeText(bytes: Uint8Array): DecodedText | { readonly refused: TextRefusal } {
  const encoding: TextEncodingName = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  if (encoding === 'utf-8' && bytes.includes(0)) return { refused: 'binary' }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return { refused: encoding === 'utf-8' ? 'not-utf8' : 'binary' }
  }
  // UTF-32 starts like UTF-16LE (FF FE 00 00) and decodes to text full of NULs.
  if (encoding !== 'utf-8' && text.includes('\0')) return { refused: 'binary' }
  return { text, encoding }
}

/** The bytes of `text` in `encoding`: the inverse of {@link decodeText} (a leading U+FEFF becomes the byte-order mark). */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  const bytes = new Uint8Array(text.length * 2)
  const [high, low] = encoding === 'utf-16le' ? [1, 0] : [0, 1]
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes[2 * i + high] = unit >> 8
    bytes[2 * i + low] = unit & 0xff
  }
  return bytes
}
