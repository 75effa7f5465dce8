import type { Result } from './Result.ts'

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 text: a NUL byte means binary (no
 * YAML or JSON file holds one), and invalid UTF-8 would otherwise be silently replaced by U+FFFD and
 * corrupt the document on save. A byte-order mark is kept so saving gives back the same bytes.
 */
export function decodeFileText(bytes: Uint8Array, what: string): Result<string> {
  if (bytes.includes(0)) {
    return { ok: false, message: `${what} is not a text file (it holds binary data), so it was not opened. Open a .yaml, .yml or .json flow.` }
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return { ok: false, message: `${what} is not UTF-8 text, so it was not opened. Save it as UTF-8 and open it again.` }
  }
}
