import { decodeText, type DecodedText } from '../fdl/files/flowText.ts'
import { overLimit } from '../fdl/files/byteSizes.ts'
import { INPUT_LIMIT_BYTES } from './INPUT_LIMIT.ts'
import { Refusal } from './Refusal.ts'

/**
 * A file's bytes as text, with the checks the app's Open applies (the core's `decodeText`): binary data and text
 * that is neither UTF-8 nor UTF-16 with a byte-order mark are refused rather than garbled. Throws {@link Refusal}.
 */
export function decodeInput(bytes: Uint8Array): DecodedText {
  if (bytes.length > INPUT_LIMIT_BYTES) throw new Refusal(overLimit(bytes.length, INPUT_LIMIT_BYTES))
  const decoded = decodeText(bytes)
  if (!('refused' in decoded)) return decoded
  throw new Refusal(decoded.refused === 'binary' ? 'not a text file (it holds binary data)' : 'not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8')
}
