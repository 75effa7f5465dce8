import { decodeText } from '../fdl/files/flowText.ts'
import type { Message } from '../i18n/Message.ts'
import { refused, type Result } from './Result.ts'

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 text: binary data, and invalid UTF-8 that
 * would otherwise be silently replaced by U+FFFD and corrupt the document on save (the core's `decodeText`
 * decides, as for the `fdl` command). UTF-16 is refused too: saving would write it back as UTF-8. A byte-order
 * mark is kept so saving gives back the same bytes.
 */
export function decodeFileText(bytes: Uint8Array, what: string | Message): Result<string> {
  const decoded = decodeText(bytes)
  if ('refused' in decoded && decoded.refused === 'binary') {
    return refused('{what} is not a text file (it holds binary data), so it was not opened. Open a .yaml, .yml or .json flow.', { what })
  }
  if ('refused' in decoded || decoded.encoding !== 'utf-8') {
    return refused('{what} is not UTF-8 text, so it was not opened. Save it as UTF-8 and open it again.', { what })
  }
  return { ok: true, value: decoded.text }
}
